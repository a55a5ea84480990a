package io.alchemy.demo.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /users}: create, search with paging and sorting, read, replace, delete, and import in bulk. */
@RestController
@RequestMapping("/users")
class UserController {
    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
        UserView created = users.create(user);
        return ResponseEntity.created(URI.create("/users/" + created.id())).body(created);
    }

    /** {@code ?q=san&page=0&size=20&sort=name,desc}: sortable by id, name or fullname. */
    @GetMapping
    PageView<UserView> search(@RequestParam(required = false) String q,
            // page × size must stay a row offset the database takes (at most 2^31 - 1 with size up to 100)
            @RequestParam(defaultValue = "0") @Min(0) @Max(21_474_835) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(defaultValue = "id") @Pattern(regexp = "(id|name|fullname)(,(asc|desc))?",
                    message = "must be id, name or fullname, optionally followed by ,asc or ,desc") String sort) {
        String[] parts = sort.split(",");
        Sort.Direction direction = parts.length > 1 ? Sort.Direction.fromString(parts[1]) : Sort.Direction.ASC;
        Sort order = Sort.by(direction, parts[0]);
        return users.search(q, PageRequest.of(page, size, parts[0].equals("id") ? order : order.and(Sort.by("id"))));
    }

    /**
     * {@code /users/directory?q=san&loading=selectin}: the matching users with their addresses, read through the
     * relationship with {@code selectinload} (2 statements), or {@code loading=lazy}: one statement per user, an N+1
     * incident in the log, in /actuator/alchemy and in /actuator/prometheus.
     */
    @GetMapping("/directory")
    List<UserView> directory(@RequestParam String q,
            @RequestParam(defaultValue = "selectin") @Pattern(regexp = "lazy|selectin",
                    message = "must be lazy or selectin") String loading) {
        return users.directory(q, loading.equals("selectin"));
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable int id) {
        return users.find(id).orElseThrow(() -> new UserNotFound(id));
    }

    @PutMapping("/{id}")
    UserView replace(@PathVariable int id, @Valid @RequestBody NewUser user) {
        return users.update(id, user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable int id) {
        users.delete(id);
    }

    /** Thousands of users in one request and one transaction. */
    @PostMapping("/import")
    @ResponseStatus(HttpStatus.CREATED)
    ImportResult importUsers(@RequestBody @Size(min = 1, max = 10_000) List<@Valid NewUser> batch) {
        return users.importUsers(batch);
    }
}
