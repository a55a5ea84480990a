package io.alchemy.orm;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Tutorial chapter S8, examples E8.1 to E8.6, in one Session whose transaction is already going (as after E7.13):
 * back-populated relationships in memory, the save-update cascade, the flush ordering parent then children with the
 * new key copied, and lazy loading; on SQLite the statements are exactly the reference's.
 */
class RelatedObjectsTutorialTest {
    static final String USER_BY_ID = "SELECT user_account.id AS user_account_id, user_account.name AS "
            + "user_account_name, user_account.fullname AS user_account_fullname \nFROM user_account \n"
            + "WHERE user_account.id = ?";
    static final String ADDRESSES_OF = "SELECT address.id AS address_id, address.email_address AS "
            + "address_email_address, address.user_id AS address_user_id \nFROM address \nWHERE ? = address.user_id";

    /** The tutorial's database when S8 starts: users 1-5, addresses 1-3. */
    static Engine s8Database(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        engine.begin(conn -> conn.execute(insert(OrmFixture.registry().metadata().tableNamed("user_account")), List.of(
                Map.of("name", "squidward", "fullname", "Squidward Tentacles"),
                Map.of("name", "ehkrabs", "fullname", "Eugene H. Krabs"))));
        return engine;
    }

    @MatrixTest
    void relatedObjectsInMemoryFlushedAndLazyLoaded(TestDatabase db) {
        Engine engine = s8Database(db);
        SqlLog log = SqlLog.on(engine);
        Expected expected = new Expected(log, db.name().equals("sqlite"));
        Session session = new Session(engine);
        session.execute(text("SELECT 1"));
        log.take();

        // E8.1 back_populates in memory, no SQL
        User u1 = new User("pkrabs", "Pearl Krabs");
        assertThat(u1.getAddresses()).isEmpty();
        Address a1 = new Address("pearl.krabs@gmail.com");
        u1.getAddresses().add(a1);
        assertThat(u1.getAddresses()).hasToString("[Address(id=None, email_address='pearl.krabs@gmail.com')]");
        assertThat(a1.getUser()).isSameAs(u1).hasToString("User(id=None, name='pkrabs', fullname='Pearl Krabs')");
        Address a2 = new Address("pearl@aol.com", u1);
        assertThat(u1.getAddresses()).containsExactly(a1, a2);
        a2.setUser(u1);
        assertThat(u1.getAddresses()).containsExactly(a1, a2);
        expected.sql();

        // E8.2 cascade save-update: the addresses are pending with the user
        session.add(u1);
        assertThat(session.contains(u1)).isTrue();
        assertThat(session.contains(a1)).isTrue();
        assertThat(session.contains(a2)).isTrue();
        assertThat(u1.getId()).isNull();
        assertThat(a1.getUserId()).isNull();

        // E8.3 commit: the user first, then the addresses with its new key
        session.commit();
        expected.sql("INSERT INTO user_account (name, fullname) VALUES (?, ?) | [pkrabs, Pearl Krabs]",
                "INSERT INTO address (email_address, user_id) VALUES (?, ?) RETURNING id | [pearl.krabs@gmail.com, 6]",
                "INSERT INTO address (email_address, user_id) VALUES (?, ?) RETURNING id | [pearl@aol.com, 6]",
                "COMMIT");

        // E8.4 expired on commit: the first access reloads
        assertThat(u1.getId()).isEqualTo(6);
        expected.sql("BEGIN (implicit)", USER_BY_ID + " | [6]");

        // E8.5 lazy load of the collection, once; the same instances
        assertThat(u1.getAddresses()).hasToString("[Address(id=4, email_address='pearl.krabs@gmail.com'), "
                + "Address(id=5, email_address='pearl@aol.com')]");
        expected.sql(ADDRESSES_OF + " | [6]");
        assertThat(u1.getAddresses()).containsExactly(a1, a2);
        assertThat(a1.getUserId()).isEqualTo(6);
        expected.sql();

        // a many-to-one whose target is in the identity map loads with no SQL
        assertThat(a1.getUser()).isSameAs(u1);
        expected.sql();
        session.close();
    }

    /** Checks the recorded statements against the reference on SQLite; elsewhere only drains the log. */
    record Expected(SqlLog log, boolean exact) {
        void sql(String... lines) {
            List<String> taken = log.take();
            if (exact) {
                assertThat(taken).containsExactly(lines);
            }
        }
    }
}
