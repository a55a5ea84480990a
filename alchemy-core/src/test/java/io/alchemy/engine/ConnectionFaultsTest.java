package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.Alchemy;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Core connection whose physical JDBC connection died (aborted beneath the pool, a real fault): the statement's own
 * error is what is thrown, and rollback and close end the transaction quietly, and the pool never hands the dead
 * connection out again.
 */
class ConnectionFaultsTest {

    /** The SQLState each driver gives a statement on a connection that was aborted ({@code null}: the driver has none). */
    private static final Map<String, String> DEAD_CONNECTION_STATE = Map.of(
            "h2", "90007", "postgresql", "08003", "mariadb", "08000");

    @MatrixTest
    void rollbackAndCloseOnADeadConnectionAreQuietAndEndTheTransaction(TestDatabase db) throws SQLException {
        Engine engine = createTable(db);
        Connection conn = engine.connect();
        try {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            kill(conn);
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO t (id) VALUES (2)")))
                    .isInstanceOf(DBAPIError.class)
                    .satisfies(e -> assertThat(((DBAPIError) e).sqlState())
                            .isEqualTo(DEAD_CONNECTION_STATE.get(db.name())));
            assertThatCode(conn::rollback).doesNotThrowAnyException();
            assertThat(conn.inTransaction()).isFalse();
        } finally {
            assertThatCode(conn::close).doesNotThrowAnyException();
        }
        assertThat(conn.isClosed()).isTrue();
        try (Connection next = engine.connect()) {
            assertThat(next.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
    }

    @MatrixTest
    void aFailedCommitEndsTheTransactionAndCloseDoesNotHideItsError(TestDatabase db) throws SQLException {
        Engine engine = createTable(db);
        Connection conn = engine.connect();
        conn.execute(text("INSERT INTO t (id) VALUES (1)"));
        kill(conn);
        assertThatThrownBy(conn::commit).isInstanceOf(DBAPIError.class).hasMessageContaining("COMMIT failed")
                .satisfies(e -> assertThat(((DBAPIError) e).sqlState()).isEqualTo(DEAD_CONNECTION_STATE.get(db.name())));
        assertThat(conn.inTransaction()).isFalse();
        assertThatCode(conn::close).doesNotThrowAnyException();
        try (Connection next = engine.connect()) {
            assertThat(next.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
    }

    @MatrixTest
    void aTransactionBlockThrowsTheStatementsErrorNotTheRollbacks(TestDatabase db) {
        Engine engine = createTable(db);
        assertThatThrownBy(() -> engine.begin(conn -> {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            kill(conn);
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
        })).isInstanceOf(DBAPIError.class).hasMessageContaining("[SQL: INSERT INTO t (id) VALUES (2)]")
                .hasMessageNotContaining("ROLLBACK")
                .satisfies(e -> assertThat(((DBAPIError) e).sqlState()).isEqualTo(DEAD_CONNECTION_STATE.get(db.name())));
        try (Connection next = engine.connect()) {
            assertThat(next.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
    }

    /**
     * A COMMIT the database refuses while the connection lives (a deferred foreign key, checked at COMMIT): the
     * transaction is rolled back, nothing of it is committed later, and the pool's one connection is clean for the
     * next checkout.
     */
    @MatrixTest
    void aCommitRefusedByADeferredConstraintLeavesNothingBehind(TestDatabase db) throws SQLException {
        assumeTrue(db.name().equals("postgresql") || db.name().equals("sqlite"),
                "only PostgreSQL and SQLite check a foreign key at COMMIT (DEFERRABLE INITIALLY DEFERRED)");
        EngineOptions onePool = EngineOptions.builder().poolSize(1).build();
        Engine engine = db.name().equals("sqlite")
                ? db.onClose(Alchemy.createEngine(db.url() + "?foreign_keys=true", onePool)) : db.engine(onePool);
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
            conn.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                    + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"));
        });
        Connection conn = engine.connect();
        conn.execute(text("INSERT INTO parent (id) VALUES (1)"));
        conn.execute(text("INSERT INTO child (id, parent_id) VALUES (1, 99)"));
        assertThatThrownBy(conn::commit).isInstanceOf(IntegrityError.class).hasMessageContaining("COMMIT failed");
        assertThat(conn.inTransaction()).isFalse();
        assertThatCode(conn::close).doesNotThrowAnyException();
        try (Connection next = engine.connect()) {
            next.execute(text("INSERT INTO parent (id) VALUES (2)"));
            next.commit();
        }
        try (java.sql.Connection other = db.openJdbc();
                ResultSet rs = other.createStatement().executeQuery("SELECT id FROM parent ORDER BY id")) {
            List<Integer> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
            assertThat(ids).containsExactly(2);
        }
    }

    /** A pool of one connection, so that a dead connection handed out again would fail the next checkout. */
    private static Engine createTable(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.builder().poolSize(1).build());
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        return engine;
    }

    /**
     * Ends the physical JDBC connection beneath the pool's proxy, as a dropped network connection would: aborted
     * (PostgreSQL, MariaDB), or closed where the driver's abort leaves it open (H2, SQLite).
     */
    private static void kill(Connection conn) {
        try {
            java.sql.Connection physical = conn.jdbcConnection().unwrap(java.sql.Connection.class);
            try {
                physical.abort(Runnable::run);
            } catch (SQLFeatureNotSupportedException e) {
                // closed below
            }
            if (!physical.isClosed()) {
                physical.close();
            }
            assertThat(physical.isClosed()).isTrue();
        } catch (SQLException e) {
            throw new AssertionError("could not end the physical connection", e);
        }
    }
}
