package io.alchemy.orm;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.DBAPIError;
import io.alchemy.orm.exc.PendingRollbackError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;

/**
 * The Session when its connection dies under it (the physical JDBC connection beneath the pool is aborted, a real
 * fault): the real error is thrown, the Session refuses work until rollback, and no object of the lost transaction
 * stays in the identity map as if its row existed.
 */
class SessionFaultsTest {
    // A backend killed by the server itself (pg_terminate_backend, KILL) is tested on private servers, never the
    // shared ones: alchemy-fault-tests, FaultScenarios.aBackendKilledByTheServerFailsTheFlushWithTheServersError.

    private static final Map<String, String> DEAD_CONNECTION_STATE = Map.of(
            "h2", "90007", "postgresql", "08003", "mariadb", "08000");

    @MatrixTest
    void aFailedCommitLeavesTheSessionNeedingARollback(TestDatabase db) throws SQLException {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            User squidward = new User("squidward", "Squidward Tentacles");
            session.add(squidward);
            session.flush();
            killConnection(session);

            assertThatThrownBy(session::commit).isInstanceOf(DBAPIError.class)
                    .hasMessageContaining("COMMIT failed")
                    .satisfies(e -> assertThat(((DBAPIError) e).sqlState())
                            .isEqualTo(DEAD_CONNECTION_STATE.get(db.name())));
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("This Session's transaction has been rolled back due to a previous exception "
                            + "during commit. To begin a new transaction with this Session, first issue "
                            + "Session.rollback().");
            assertThatThrownBy(() -> session.get(User.class, squidward.getId()))
                    .isInstanceOf(PendingRollbackError.class);

            session.rollback();
            assertThat(InstanceState.of(squidward).state()).isEqualTo(ObjectState.TRANSIENT);
            assertThat(session.contains(squidward)).isFalse();
            session.add(squidward);
            session.commit();
        }
        assertThat(names(engine)).isEqualTo("patrick,sandy,spongebob,squidward");
    }

    @MatrixTest
    void aFlushOnADeadConnectionThrowsTheRealErrorNotTheRollbacks(TestDatabase db) throws SQLException {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            session.get(User.class, 1);
            killConnection(session);
            session.add(new User("squidward", "Squidward Tentacles"));

            assertThatThrownBy(session::flush).isInstanceOf(DBAPIError.class)
                    .hasMessageNotContaining("ROLLBACK")
                    .hasMessageContaining("[SQL: INSERT INTO user_account")
                    .satisfies(e -> assertThat(((DBAPIError) e).sqlState())
                            .isEqualTo(DEAD_CONNECTION_STATE.get(db.name())));
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("during flush");
            session.rollback();
        }
        assertThat(names(engine)).isEqualTo("patrick,sandy,spongebob");
    }

    @MatrixTest
    void aRollbackOnADeadConnectionLeavesNoGhostInTheIdentityMap(TestDatabase db) throws SQLException {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            User sandy = session.get(User.class, 2);
            sandy.setFullname("Sandy Squirrel");
            User squidward = new User("squidward", "Squidward Tentacles");
            session.add(squidward);
            session.flush();
            int ghostId = squidward.getId();
            killConnection(session);

            assertThatCode(session::rollback).doesNotThrowAnyException();
            assertThat(session.contains(squidward)).isFalse();
            assertThat(InstanceState.of(squidward).state()).isEqualTo(ObjectState.TRANSIENT);
            assertThat(session.get(User.class, ghostId)).isNull();
            assertThat(session.contains(sandy)).isTrue();
            assertThat(sandy.getFullname()).isEqualTo("Sandy Cheeks");
        }
        assertThat(names(engine)).isEqualTo("patrick,sandy,spongebob");
    }

    @MatrixTest
    void aCloseOnADeadConnectionDetachesEveryObject(TestDatabase db) throws SQLException {
        Engine engine = OrmFixture.tutorialDatabase(db);
        Session session = new Session(engine);
        User squidward = new User("squidward", "Squidward Tentacles");
        session.add(squidward);
        session.flush();
        User sandy = session.get(User.class, 2);
        killConnection(session);

        assertThatCode(session::close).doesNotThrowAnyException();
        assertThat(session.contains(squidward)).isFalse();
        assertThat(session.contains(sandy)).isFalse();
        assertThat(session.get(User.class, squidward.getId())).isNull();
        session.close();
        assertThat(names(engine)).isEqualTo("patrick,sandy,spongebob");
    }

    /**
     * Ends the physical JDBC connection beneath the pool's proxy, as a dropped network connection would: aborted
     * (PostgreSQL, MariaDB), or closed where the driver's abort leaves it open (H2, SQLite).
     */
    static void killConnection(Session session) throws SQLException {
        java.sql.Connection physical = session.connection().jdbcConnection().unwrap(java.sql.Connection.class);
        try {
            physical.abort(Runnable::run);
        } catch (SQLFeatureNotSupportedException e) {
            // closed below
        }
        if (!physical.isClosed()) {
            physical.close();
        }
        assertThat(physical.isClosed()).isTrue();
    }

    private static String names(Engine engine) {
        try (Connection conn = engine.connect()) {
            return String.join(",", conn.execute(text("SELECT name FROM user_account ORDER BY name"))
                    .scalars(String.class).all());
        }
    }
}
