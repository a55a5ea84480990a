package io.alchemy.orm;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.LoaderOptions.containsEager;
import static io.alchemy.orm.LoaderOptions.joinedload;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.metamodel.Entity;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.orm.model.lean.LeanAddress;
import io.alchemy.orm.model.lean.LeanUser;
import io.alchemy.orm.model.lean.LeanUser_;
import io.alchemy.testing.ReferenceSql;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tutorial chapter S8, examples E8.1 to E8.12, in one Session whose transaction is already going (as after E7.13):
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
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql expected = ReferenceSql.on(db, log);
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
        expected.expect();

        // E8.2 cascade save-update: the addresses are pending with the user
        session.add(u1);
        assertThat(session.contains(u1)).isTrue();
        assertThat(session.contains(a1)).isTrue();
        assertThat(session.contains(a2)).isTrue();
        assertThat(u1.getId()).isNull();
        assertThat(a1.getUserId()).isNull();

        // E8.3 commit: the user first, then the addresses with its new key
        session.commit();
        expected.expect("INSERT INTO user_account (name, fullname) VALUES (?, ?) | [pkrabs, Pearl Krabs]",
                "INSERT INTO address (email_address, user_id) VALUES (?, ?) RETURNING id | [pearl.krabs@gmail.com, 6]",
                "INSERT INTO address (email_address, user_id) VALUES (?, ?) RETURNING id | [pearl@aol.com, 6]",
                "COMMIT");

        // E8.4 expired on commit: the first access reloads
        assertThat(u1.getId()).isEqualTo(6);
        expected.expect("BEGIN (implicit)", USER_BY_ID + " | [6]");

        // E8.5 lazy load of the collection, once; the same instances
        assertThat(u1.getAddresses()).hasToString("[Address(id=4, email_address='pearl.krabs@gmail.com'), "
                + "Address(id=5, email_address='pearl@aol.com')]");
        expected.expect(ADDRESSES_OF + " | [6]");
        assertThat(u1.getAddresses()).containsExactly(a1, a2);
        assertThat(a1.getUserId()).isEqualTo(6);
        expected.expect();

        // a many-to-one whose target is in the identity map loads with no SQL
        assertThat(a1.getUser()).isSameAs(u1);
        expected.expect();

        // E8.6 joining along a relationship
        assertCompile(select(Address_.emailAddress).selectFrom(Entity.of(User.class)).join(User_.addresses),
                "SELECT address.email_address \nFROM user_account JOIN address ON user_account.id = address.user_id");

        // E8.7 selectinload: two statements; every parent's key in the IN list
        List<String> lines = new ArrayList<>();
        for (Row row : session.execute(select(Entity.of(User.class)).options(selectinload(User_.addresses))
                .orderBy(User_.id))) {
            User user = row.get("User", User.class);
            lines.add(user.getName() + "  (" + user.getAddresses().stream().map(Address::getEmailAddress)
                    .collect(Collectors.joining(", ")) + ")");
        }
        assertThat(lines).containsExactly("spongebob  (spongebob@sqlalchemy.org)",
                "sandy  (sandy@sqlalchemy.org, sandy@squirrelpower.org)", "patrick  ()", "squidward  ()", "ehkrabs  ()",
                "pkrabs  (pearl.krabs@gmail.com, pearl@aol.com)");
        expected.expect("SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account "
                        + "ORDER BY user_account.id | []",
                "SELECT address.user_id AS address_user_id, address.id AS address_id, address.email_address AS "
                        + "address_email_address \nFROM address \nWHERE address.user_id IN (?, ?, ?, ?, ?, ?) "
                        + "| [1, 2, 3, 4, 5, 6]");

        // E8.8 joinedload with innerjoin: one statement, an anonymous alias
        List<String> pairs = new ArrayList<>();
        for (Row row : session.execute(select(Entity.of(Address.class)).options(joinedload(Address_.user, true))
                .orderBy(Address_.id))) {
            Address address = row.get("Address", Address.class);
            pairs.add(address.getEmailAddress() + " " + address.getUser().getName());
        }
        assertThat(pairs).containsExactly("spongebob@sqlalchemy.org spongebob", "sandy@sqlalchemy.org sandy",
                "sandy@squirrelpower.org sandy", "pearl.krabs@gmail.com pkrabs", "pearl@aol.com pkrabs");
        expected.expect("SELECT address.id, address.email_address, address.user_id, user_account_1.id AS id_1, "
                + "user_account_1.name, user_account_1.fullname \nFROM address JOIN user_account AS user_account_1 "
                + "ON user_account_1.id = address.user_id ORDER BY address.id | []");

        // E8.9 containsEager: filled from the statement's own join; the target's columns first
        List<Address> pkrabs = session.execute(select(Entity.of(Address.class)).join(Address_.user)
                .where(User_.name.eq("pkrabs")).options(containsEager(Address_.user)).orderBy(Address_.id))
                .scalars(Address.class).all();
        assertThat(pkrabs).extracting(a -> a.getEmailAddress() + " " + a.getUser().getName())
                .containsExactly("pearl.krabs@gmail.com pkrabs", "pearl@aol.com pkrabs");
        expected.expect("SELECT user_account.id, user_account.name, user_account.fullname, address.id AS id_1, "
                + "address.email_address, address.user_id \nFROM address JOIN user_account ON user_account.id = "
                + "address.user_id \nWHERE user_account.name = ? ORDER BY address.id | [pkrabs]");

        // E8.10 joinedload on top of the join: joins twice
        session.execute(select(Entity.of(Address.class)).join(Address_.user).where(User_.name.eq("pkrabs"))
                .options(joinedload(Address_.user)).orderBy(Address_.id)).all();
        expected.expect("SELECT address.id, address.email_address, address.user_id, user_account_1.id AS id_1, "
                + "user_account_1.name, user_account_1.fullname \nFROM address JOIN user_account ON user_account.id "
                + "= address.user_id LEFT OUTER JOIN user_account AS user_account_1 ON user_account_1.id = "
                + "address.user_id \nWHERE user_account.name = ? ORDER BY address.id | [pkrabs]");
        session.close();
    }

    @MatrixTest
    void raiseOnSqlAndSelectinOfLeanMapping(TestDatabase db) {
        Engine engine = s8Database(db);
        engine.begin(conn -> conn.execute(insert(OrmFixture.registry().metadata().tableNamed("user_account")),
                Map.of("name", "pkrabs", "fullname", "Pearl Krabs")));
        engine.begin(conn -> conn.execute(insert(OrmFixture.registry().metadata().tableNamed("address")), List.of(
                Map.of("user_id", 6, "email_address", "pearl.krabs@gmail.com"),
                Map.of("user_id", 6, "email_address", "pearl@aol.com"))));
        Registry lean = Registry.of(LeanUser.class, LeanAddress.class);
        try (Session session = new Session(engine)) {
            SqlRecorder log = SqlRecorder.on(engine);
            ReferenceSql expected = ReferenceSql.on(db, log);

            // E8.11 lazy = RAISE_ON_SQL: the access raises, with no SQL
            LeanUser u1 = session.execute(select(Entity.of(LeanUser.class))).scalars(LeanUser.class).first();
            expected.expect("BEGIN (implicit)", "SELECT user_account.id \nFROM user_account | []");
            assertThatThrownBy(u1::getAddresses).isInstanceOf(InvalidRequestError.class)
                    .hasMessage("'LeanUser.addresses' is not available due to lazy='raise_on_sql'");
            expected.expect();

            // E8.12 selectinload overrides it; first() still loads for every parent
            session.expungeAll();
            LeanUser first = session.execute(select(Entity.of(LeanUser.class))
                    .options(selectinload(LeanUser_.addresses))).scalars(LeanUser.class).first();
            expected.expect("SELECT user_account.id \nFROM user_account | []",
                    "SELECT address.user_id AS address_user_id, address.id AS address_id \nFROM address \n"
                            + "WHERE address.user_id IN (?, ?, ?, ?, ?, ?) | [1, 2, 3, 4, 5, 6]");
            assertThat(first.getAddresses()).hasSize(first.getId() == 1 ? 1 : first.getId() == 2 ? 2 : 0);
            // the many-to-one back is in the identity map: raise_on_sql lets it load without SQL
            assertThat(first.getAddresses().get(0).getUser()).isSameAs(first);
            expected.expect();
        } finally {
            lean.dispose();
        }
    }
}
