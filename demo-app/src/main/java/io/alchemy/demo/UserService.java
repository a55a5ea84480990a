package io.alchemy.demo;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.IntegrityError;
import io.alchemy.schema.Table;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their addresses, written with Alchemy Core's SQL Expression Language over {@link DemoSchema}'s tables.
 * Every method runs in a Spring transaction; the Engine's connection is that transaction's, so a failure anywhere
 * rolls back the user and its addresses together. The statements are built once: they are immutable, and each
 * compiles once per database into the engine's statement cache.
 */
@Service
@Transactional
public class UserService {
    private final Engine engine;
    private final Insert insertUser;
    private final Insert insertAddress;
    private final Select<?> usersWithAddresses;
    private final Table userAccount;

    /** Takes the schema too, so the tables exist before the first statement. */
    public UserService(Engine engine, DemoSchema schema) {
        this.engine = engine;
        this.userAccount = schema.userAccount();
        Table address = schema.address();
        this.insertUser = insert(userAccount);
        this.insertAddress = insert(address);
        this.usersWithAddresses = select(userAccount.c("id"), userAccount.c("name"), userAccount.c("fullname"),
                address.c("email_address"))
                .outerjoinFrom(userAccount, address)           // ON user_account.id = address.user_id, from the FK
                .orderBy(userAccount.c("id"), address.c("id"));
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
        return engine.transaction(conn -> collect(conn.execute(usersWithAddresses).all()));
    }

    /** One user with its addresses, if it exists. */
    @Transactional(readOnly = true)
    public Optional<UserView> find(int id) {
        return engine.transaction(conn -> collect(conn.execute(usersWithAddresses
                .where(userAccount.c("id").eq(id))).all()).stream().findFirst());
    }

    private int insertUser(Connection conn, NewUser user) {
        Map<String, Object> values = new HashMap<>();   // fullname may be null
        values.put("name", user.name());
        values.put("fullname", user.fullname());
        try {
            return conn.execute(insertUser, values).insertedPrimaryKey().get(0, Integer.class);
        } catch (IntegrityError e) {
            throw new DuplicateUser(user.name(), e);
        }
    }

    private void insertAddresses(Connection conn, int userId, List<String> emails) {
        if (emails.isEmpty()) {
            return;
        }
        conn.execute(insertAddress, emails.stream()
                .map(email -> Map.<String, Object>of("user_id", userId, "email_address", email))
                .toList());                                      // executemany
    }

    /** Folds the joined rows (one per address, or one with no address) into users. */
    private static List<UserView> collect(List<Row> rows) {
        Map<Integer, UserView> users = new LinkedHashMap<>();
        for (Row row : rows) {
            UserView user = users.computeIfAbsent(row.get("id", Integer.class),
                    id -> new UserView(id, row.get("name", String.class), row.get("fullname", String.class),
                            new ArrayList<>()));
            String email = row.get("email_address", String.class);
            if (email != null) {
                user.addresses().add(email);
            }
        }
        return List.copyOf(users.values());
    }
}
