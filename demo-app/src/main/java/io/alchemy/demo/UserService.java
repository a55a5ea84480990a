package io.alchemy.demo;

import static io.alchemy.Alchemy.text;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.IntegrityError;
import io.alchemy.sql.TextClause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their addresses, written with Alchemy Core's textual SQL and named binds. Every method runs in a Spring
 * transaction; the Engine's connection is that transaction's, so a failure anywhere rolls back the user and its
 * addresses together.
 * <p>
 * Textual SQL for now. When the SQL expression language lands, switch to {@code insert(userAccount).values(...)}
 * (its {@code insertedPrimaryKey()} then replaces the look-up by name, which {@code text()} cannot offer) and
 * {@code select(...).join(...)} over {@link DemoSchema}'s tables.
 */
@Service
@Transactional
public class UserService {
    private static final TextClause INSERT_USER =
            text("INSERT INTO user_account (name, fullname) VALUES (:name, :fullname)");
    private static final TextClause USER_ID = text("SELECT id FROM user_account WHERE name = :name");
    private static final TextClause INSERT_ADDRESS =
            text("INSERT INTO address (user_id, email_address) VALUES (:user_id, :email_address)");
    private static final String USERS_WITH_ADDRESSES = "SELECT user_account.id, user_account.name, "
            + "user_account.fullname, address.email_address FROM user_account "
            + "LEFT OUTER JOIN address ON user_account.id = address.user_id";
    private static final TextClause ALL_USERS = text(USERS_WITH_ADDRESSES + " ORDER BY user_account.id, address.id");
    private static final TextClause ONE_USER =
            text(USERS_WITH_ADDRESSES + " WHERE user_account.id = :id ORDER BY address.id");

    private final Engine engine;

    /** Takes the schema too, so the tables exist before the first statement. */
    public UserService(Engine engine, DemoSchema schema) {
        this.engine = engine;
    }

    /** Inserts the user and its addresses; returns the user with its new id. {@link DuplicateUser} if the name is taken. */
    public UserView create(NewUser user) {
        return engine.transaction(conn -> {
            int id = insertUser(conn, user);
            insertAddresses(conn, id, user.addresses());
            return new UserView(id, user.name(), user.fullname(), user.addresses());
        });
    }

    /** All users with their addresses, by id. */
    @Transactional(readOnly = true)
    public List<UserView> list() {
        return engine.transaction(conn -> collect(conn.execute(ALL_USERS).all()));
    }

    /** One user with its addresses, if it exists. */
    @Transactional(readOnly = true)
    public Optional<UserView> find(int id) {
        return engine.transaction(conn -> collect(conn.execute(ONE_USER, Map.of("id", id)).all()).stream().findFirst());
    }

    private static int insertUser(Connection conn, NewUser user) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", user.name());
        values.put("fullname", user.fullname());
        try {
            conn.execute(INSERT_USER, values);
        } catch (IntegrityError e) {
            throw new DuplicateUser(user.name(), e);
        }
        return conn.execute(USER_ID, Map.of("name", user.name())).scalarOne(Integer.class);
    }

    private static void insertAddresses(Connection conn, int userId, List<String> emails) {
        if (emails.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = emails.stream()
                .map(email -> Map.<String, Object>of("user_id", userId, "email_address", email))
                .toList();
        conn.execute(INSERT_ADDRESS, rows);
    }

    /** Folds the joined rows (one per address, or one with no address) into users. */
    private static List<UserView> collect(List<Row> rows) {
        Map<Integer, UserView> users = new LinkedHashMap<>();
        for (Row row : rows) {
            UserView user = users.computeIfAbsent(row.get(0, Integer.class),
                    id -> new UserView(id, row.get(1, String.class), row.get(2, String.class), new ArrayList<>()));
            String email = row.get(3, String.class);
            if (email != null) {
                user.addresses().add(email);
            }
        }
        return List.copyOf(users.values());
    }
}
