package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.orm.exc.DetachedInstanceError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.ReferenceSql;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * Tutorial chapter S7, examples E7.1 to E7.13, in one Session as the tutorial runs them: the objects behave the same
 * on every database, and on SQLite the statements are exactly the reference's, in order.
 */
class OrmTutorialTest {
    private static final String USER_COLUMNS = "SELECT user_account.id, user_account.name, user_account.fullname \n"
            + "FROM user_account \nWHERE user_account.name = ?";
    private static final String USER_BY_ID = "SELECT user_account.id AS user_account_id, user_account.name AS "
            + "user_account_name, user_account.fullname AS user_account_fullname \nFROM user_account \n"
            + "WHERE user_account.id = ?";

    @MatrixTest
    void dataManipulationWithTheOrm(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        ReferenceSql expected = ReferenceSql.on(db, log);
        Session session = new Session(engine);

        // E7.1 transient objects
        User squidward = new User("squidward", "Squidward Tentacles");
        User krabs = new User("ehkrabs", "Eugene H. Krabs");
        assertThat(squidward).hasToString("User(id=None, name='squidward', fullname='Squidward Tentacles')");
        assertThat(InstanceState.of(squidward)).isNull();

        // E7.2 pending
        session.add(squidward);
        session.add(krabs);
        assertThat(session.newObjects()).containsExactly(squidward, krabs);
        assertThat(InstanceState.of(squidward).state()).isEqualTo(ObjectState.PENDING);
        expected.expect();

        // E7.3 flush: INSERTs, primary keys fetched, no COMMIT
        session.flush();
        expected.expect("BEGIN (implicit)",
                "INSERT INTO user_account (name, fullname) VALUES (?, ?) RETURNING id | [squidward, Squidward Tentacles]",
                "INSERT INTO user_account (name, fullname) VALUES (?, ?) RETURNING id | [ehkrabs, Eugene H. Krabs]");
        assertThat(squidward.getId()).isEqualTo(4);
        assertThat(krabs.getId()).isEqualTo(5);
        assertThat(session.newObjects()).isEmpty();
        assertThat(InstanceState.of(krabs).state()).isEqualTo(ObjectState.PERSISTENT);

        // E7.4 identity map, no SQL
        assertThat(session.get(User.class, 4)).isSameAs(squidward);
        assertThat(squidward).hasToString("User(id=4, name='squidward', fullname='Squidward Tentacles')");
        expected.expect();

        // E7.5 commit
        session.commit();
        expected.expect("COMMIT");
        assertThat(InstanceState.of(squidward).unloadedAttributes()).containsExactly("id", "name", "fullname");

        // E7.6 a query returning an object
        User sandy = session.execute(select(User.class).filterBy(Map.of("name", "sandy")))
                .scalarOne(User.class);
        expected.expect("BEGIN (implicit)", USER_COLUMNS + " | [sandy]");
        assertThat(sandy).hasToString("User(id=2, name='sandy', fullname='Sandy Cheeks')");

        // E7.7 a change makes it dirty; autoflush before the query sends the UPDATE of that column only
        sandy.setFullname("Sandy Squirrel");
        assertThat(session.dirty()).containsExactly(sandy);
        assertThat(session.execute(select(User_.fullname).where(User_.id.eq(2))).scalarOne(String.class))
                .isEqualTo("Sandy Squirrel");
        expected.expect("UPDATE user_account SET fullname=? WHERE user_account.id = ? | [Sandy Squirrel, 2]",
                "SELECT user_account.fullname \nFROM user_account \nWHERE user_account.id = ? | [2]");
        assertThat(session.dirty()).isEmpty();

        // E7.8 get() of an object not in the identity map
        User patrick = session.get(User.class, 3);
        expected.expect(USER_BY_ID + " | [3]");
        assertThat(patrick).hasToString("User(id=3, name='patrick', fullname='Patrick McStar')");

        // E7.9 delete: the children are loaded to be dissociated, then the DELETE, on the next query's autoflush
        session.delete(patrick);
        assertThat(session.deleted()).containsExactly(patrick);
        expected.expect();
        Row none = session.execute(select(User.class).where(User_.name.eq("patrick"))).first();
        assertThat(none).isNull();
        expected.expect("SELECT address.id AS address_id, address.email_address AS address_email_address, "
                        + "address.user_id AS address_user_id \nFROM address \nWHERE ? = address.user_id | [3]",
                "DELETE FROM user_account WHERE user_account.id = ? | [3]",
                USER_COLUMNS + " | [patrick]");
        assertThat(session.contains(patrick)).isFalse();
        assertThat(InstanceState.of(patrick).state()).isEqualTo(ObjectState.DELETED);

        // E7.10 rollback: everything expired, the next access reloads
        session.rollback();
        expected.expect("ROLLBACK");
        assertThat(InstanceState.of(sandy).unloadedAttributes()).containsExactly("id", "name", "fullname");
        assertThat(sandy.getFullname()).isEqualTo("Sandy Cheeks");
        expected.expect("BEGIN (implicit)", USER_BY_ID + " | [2]");
        assertThat(InstanceState.of(sandy).unloadedAttributes()).isEmpty();

        // E7.11 the deleted object is back, and a query gives the same object
        assertThat(session.contains(patrick)).isTrue();
        assertThat(session.execute(select(User.class).where(User_.name.eq("patrick"))).scalarOne(User.class))
                .isSameAs(patrick);
        expected.expect(USER_COLUMNS + " | [patrick]");

        // E7.12 close: detached; an expired attribute cannot load
        session.close();
        expected.expect("ROLLBACK");
        assertThat(InstanceState.of(squidward).state()).isEqualTo(ObjectState.DETACHED);
        assertThatThrownBy(squidward::getName).isInstanceOf(DetachedInstanceError.class)
                .hasMessageMatching("Instance <User at 0x[0-9a-f]+> is not bound to a Session; attribute refresh "
                        + "operation cannot proceed.*");

        // E7.13 add() re-attaches; the next access loads
        session.add(squidward);
        assertThat(squidward.getName()).isEqualTo("squidward");
        expected.expect("BEGIN (implicit)", USER_BY_ID + " | [4]");
        session.close();

        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(text("SELECT id, name, fullname FROM user_account ORDER BY id")).all();
            assertThat(rows).extracting(r -> r.get(1, String.class))
                    .containsExactly("spongebob", "sandy", "patrick", "squidward", "ehkrabs");
            assertThat(rows.get(1).get(2, String.class)).isEqualTo("Sandy Cheeks");
        }
    }
}
