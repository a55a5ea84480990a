package io.alchemy.orm;

import static io.alchemy.Alchemy.insert;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * The tutorial's database as S7 starts it (reference §1.6, after step 5): users 1-3 and addresses 1-3, in the
 * tables of the mapped classes.
 */
final class OrmFixture {
    private OrmFixture() {
    }

    static Registry registry() {
        return Registry.of(User.class, Address.class);
    }

    static Engine tutorialDatabase(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = registry().metadata();
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(metadata.tableNamed("user_account")), List.of(
                    Map.of("name", "spongebob", "fullname", "Spongebob Squarepants"),
                    Map.of("name", "sandy", "fullname", "Sandy Cheeks"),
                    Map.of("name", "patrick", "fullname", "Patrick McStar")));
            conn.execute(insert(metadata.tableNamed("address")), List.of(
                    Map.of("user_id", 1, "email_address", "spongebob@sqlalchemy.org"),
                    Map.of("user_id", 2, "email_address", "sandy@sqlalchemy.org"),
                    Map.of("user_id", 2, "email_address", "sandy@squirrelpower.org")));
        });
        return engine;
    }
}
