package io.alchemy.spring.data;

import static io.alchemy.Alchemy.insert;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.schema.MetaData;
import io.alchemy.spring.data.model.Address;
import io.alchemy.spring.data.model.User;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Five users (ids 1-5, in this order) and four addresses, inserted with Core:
 * spongebob 30 active (1 address), sandy 28 active (2), patrick 35 inactive (0), squidward 40 active (0),
 * ehkrabs 55 inactive (1).
 */
final class RepositoryFixture {
    private RepositoryFixture() {
    }

    static Registry registry() {
        return Registry.of(User.class, Address.class);
    }

    static Engine database(TestDatabase db) {
        return populate(db.engine());
    }

    /** Creates the tables in {@code engine}'s database and inserts the rows. */
    static Engine populate(Engine engine) {
        MetaData metadata = registry().metadata();
        metadata.createAll(engine);
        engine.begin(conn -> {
            for (Map<String, Object> user : List.of(
                    user("spongebob", "Spongebob Squarepants", 30, true),
                    user("sandy", "Sandy Cheeks", 28, true),
                    user("patrick", "Patrick Star", 35, false),
                    user("squidward", "Squidward Tentacles", 40, true),
                    user("ehkrabs", "Eugene H. Krabs", 55, false))) {
                conn.execute(insert(metadata.tableNamed("user_account")), user);     // one by one: ids in order
            }
            conn.execute(insert(metadata.tableNamed("address")), List.of(
                    Map.of("user_id", 1, "email_address", "spongebob@sqlalchemy.org"),
                    Map.of("user_id", 2, "email_address", "sandy@sqlalchemy.org"),
                    Map.of("user_id", 2, "email_address", "sandy@squirrelpower.org"),
                    Map.of("user_id", 5, "email_address", "krabs@krustykrab.com")));
        });
        return engine;
    }

    private static Map<String, Object> user(String name, String fullname, int age, boolean active) {
        return Map.of("name", name, "fullname", fullname, "age", age, "active", active);
    }
}
