package io.alchemy.demo.user;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.selectinload;

import io.alchemy.orm.Session;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their addresses through the repositories, each method one Spring transaction whose Session flushes at
 * commit: a failure anywhere rolls back the user and its addresses together. Addresses of many users are read with
 * one statement ({@code user_id IN (…)}), never one per user.
 */
@Service
@Transactional
public class UserService {
    private final UserRepository users;
    private final AddressRepository addresses;
    private final Session session;

    public UserService(UserRepository users, AddressRepository addresses, Session session) {
        this.users = users;
        this.addresses = addresses;
        this.session = session;
    }

    /** Inserts the user and its addresses; {@link DuplicateUser} if the name is taken. */
    public UserView create(NewUser input) {
        if (users.existsByName(input.name())) {
            throw new DuplicateUser(input.name(), null);
        }
        User user = users.save(new User(input.name(), input.fullname()));      // flushed: the id is known
        return UserView.of(user, addresses.saveAll(addressesOf(user, input)));
    }

    /** One user with its addresses, if it exists. */
    @Transactional(readOnly = true)
    public Optional<UserView> find(int id) {
        return users.findById(id).map(user -> views(List.of(user)).get(0));
    }

    /** A page of the users whose name contains {@code query} (any case), or of all users. */
    @Transactional(readOnly = true)
    public PageView<UserView> search(@Nullable String query, Pageable pageable) {
        Page<User> page = query == null || query.isBlank() ? users.findAll(pageable)
                : users.findAll(func.lower(User_.name).contains(query.toLowerCase(Locale.ROOT), true), pageable);
        return PageView.of(page, this::views);
    }

    /**
     * The users whose name contains {@code query}, with their addresses read through the relationship: with
     * {@code selectinload} in one more SELECT for all of them, or lazily, one SELECT per user (the N+1 that
     * {@code alchemy.n-plus-one} reports, shown here on purpose).
     */
    @Transactional(readOnly = true)
    public List<UserView> directory(String query, boolean selectin) {
        Select<User> users = select(User.class).where(User_.name.contains(query, true)).orderBy(User_.id);
        if (selectin) {
            users = users.options(selectinload(User_.addresses));
        }
        return session.scalars(users).all().stream().map(user -> UserView.of(user, user.getAddresses())).toList();
    }

    /** Replaces the user's name, full name and addresses; 404 if it is missing, 409 if the new name is taken. */
    public UserView update(int id, NewUser input) {
        User user = users.findById(id).orElseThrow(() -> new UserNotFound(id));
        if (!user.getName().equals(input.name()) && users.existsByName(input.name())) {
            throw new DuplicateUser(input.name(), null);
        }
        user.setName(input.name());                     // changes tracked by the Session, flushed at commit
        user.setFullname(input.fullname());
        addresses.deleteByUserId(id);
        return UserView.of(user, addresses.saveAll(addressesOf(user, input)));
    }

    /** Deletes the user and, by cascade, its addresses; 404 if it is missing. */
    public void delete(int id) {
        users.delete(users.findById(id).orElseThrow(() -> new UserNotFound(id)));
    }

    /**
     * Inserts many users and their addresses through the unit of work: one flush of all users (multi-row INSERTs),
     * then one of all addresses. 409 naming the first duplicate name, within the batch or with a stored user.
     */
    public ImportResult importUsers(List<NewUser> batch) {
        Set<String> names = new HashSet<>();
        for (NewUser input : batch) {
            if (!names.add(input.name())) {
                throw new DuplicateUser(input.name(), null);
            }
        }
        users.findAll(User_.name.in(names)).stream().findFirst().ifPresent(taken -> {
            throw new DuplicateUser(taken.getName(), null);
        });
        List<User> saved = users.saveAll(batch.stream().map(input -> new User(input.name(), input.fullname())).toList());
        List<Address> emails = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            emails.addAll(addressesOf(saved.get(i), batch.get(i)));
        }
        addresses.saveAll(emails);
        return new ImportResult(saved.size(), emails.size());
    }

    private static List<Address> addressesOf(User user, NewUser input) {
        return input.addresses().stream().map(email -> new Address(email, user.getId())).toList();
    }

    /** The views of {@code page}, with all their addresses read in one statement. */
    private List<UserView> views(List<User> page) {
        Map<Integer, List<Address>> byUser = new LinkedHashMap<>();
        page.forEach(user -> byUser.put(user.getId(), new ArrayList<>()));
        if (!byUser.isEmpty()) {
            addresses.findByUserIdInOrderById(byUser.keySet())
                    .forEach(address -> byUser.get(address.getUserId()).add(address));
        }
        return page.stream().map(user -> UserView.of(user, byUser.get(user.getId()))).toList();
    }
}
