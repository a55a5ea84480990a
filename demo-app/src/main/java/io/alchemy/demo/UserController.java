package io.alchemy.demo;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /users}: create a user with addresses, list all users, get one. */
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

    @GetMapping
    List<UserView> list() {
        return users.list();
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable int id) {
        return users.find(id).orElseThrow(() -> new UserNotFound(id));
    }
}
