package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.PoolTimeoutError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A lost connection is recognised as one (SQLAlchemy's {@code DBAPIError.connection_invalidated}), the connection is
 * invalidated rather than returned to the pool, {@code prePing} hands out only live connections, and an exhausted pool
 * says so with its own error.
 */
class DisconnectHandlingTest {

    @MatrixTest
    void aStatementOnALostConnectionIsMarkedConnectionInvalidatedAndRetryable(TestDatabase db) {
        Engine engine = createTable(db, EngineOptions.builder().poolSize(1).build());
        Connection conn = engine.connect();
        conn.execute(text("INSERT INTO t (id) VALUES (1)"));
        java.sql.Connection physical = kill(conn);
        DBAPIError error = catchThrowableOfType(DBAPIError.class, () -> conn.execute(text("INSERT INTO t (id) VALUES (2)")));
        assertThat(error).as("error on a lost connection").isNotNull();
        assertThat(error.connectionInvalidated()).as("connectionInvalidated of " + error).isTrue();
        assertThat(error.isRetryable()).isTrue();
        assertThatThrownBy(conn::commit).isInstanceOf(InvalidRequestError.class).hasCause(error);
        assertThatCode(conn::close).doesNotThrowAnyException();
        try (Connection next = engine.connect()) {
            assertThat(next.jdbcConnection().unwrap(java.sql.Connection.class)).isNotSameAs(physical);
            assertThat(next.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @MatrixTest
    void anErrorOnALiveConnectionIsNeitherInvalidatingNorRetryable(TestDatabase db) {
        Engine engine = createTable(db, EngineOptions.builder().poolSize(1).build());
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            DBAPIError error = catchThrowableOfType(DBAPIError.class,
                    () -> conn.execute(text("INSERT INTO t (id) VALUES (1)")));
            assertThat(error.connectionInvalidated()).isFalse();
            assertThat(error.isRetryable()).isFalse();
        }
    }

    @MatrixTest
    void invalidateDiscardsTheJdbcConnection(TestDatabase db) throws SQLException {
        Engine engine = createTable(db, EngineOptions.builder().poolSize(1).build());
        Connection conn = engine.connect();
        conn.execute(text("INSERT INTO t (id) VALUES (1)"));
        java.sql.Connection physical = conn.jdbcConnection().unwrap(java.sql.Connection.class);
        conn.invalidate();
        assertThat(conn.isClosed()).isTrue();
        assertThat(conn.inTransaction()).isFalse();
        try (Connection next = engine.connect()) {
            assertThat(next.jdbcConnection().unwrap(java.sql.Connection.class)).isNotSameAs(physical);
            assertThat(next.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
    }

    /** A pooled connection that died while it sat in the pool is replaced on checkout when {@code prePing} is on. */
    @MatrixTest
    void prePingNeverHandsOutAConnectionThatDiedInThePool(TestDatabase db) throws SQLException {
        Engine engine = createTable(db, EngineOptions.builder().poolSize(2).prePing(true).build());
        Connection first = engine.connect();
        Connection second = engine.connect();
        java.sql.Connection dead1 = physical(first);
        java.sql.Connection dead2 = physical(second);
        first.close();
        second.close();
        abort(dead1);
        abort(dead2);
        for (int i = 0; i < 4; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
            }
        }
    }

    @MatrixTest
    void anExhaustedPoolIsAPoolTimeoutErrorNamingSizeTimeoutAndSettings(TestDatabase db) {
        Engine engine = createTable(db, EngineOptions.builder().poolSize(1).poolTimeout(Duration.ofMillis(300)).build());
        try (Connection held = engine.connect()) {
            PoolTimeoutError error = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    catchThrowableOfType(PoolTimeoutError.class, engine::connect)).join();
            assertThat(error).isNotNull();
            assertThat(error.poolSize()).isEqualTo(1);
            assertThat(error.timeoutMillis()).isEqualTo(300);
            assertThat(error.isRetryable()).isFalse();
            assertThat(error).hasMessageStartingWith("Pool limit of size 1 reached, connection timed out, timeout 0.30 s")
                    .hasMessageContaining("EngineOptions.poolSize").hasMessageContaining("EngineOptions.poolTimeout")
                    .hasMessageContaining("spring.datasource.hikari.maximum-pool-size");
            assertThat(held.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
    }

    @Test
    void aPoolTimeoutBelowHikarisMinimumIsRefused() {
        assertThatThrownBy(() -> EngineOptions.builder().poolTimeout(Duration.ofMillis(100)))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("poolTimeout must be at least 250 ms (HikariCP's minimum connectionTimeout), was 100 ms");
    }

    private static Engine createTable(TestDatabase db, EngineOptions options) {
        Engine engine = db.engine(options);
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        return engine;
    }

    private static java.sql.Connection physical(Connection conn) {
        try {
            return conn.jdbcConnection().unwrap(java.sql.Connection.class);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static java.sql.Connection kill(Connection conn) {
        java.sql.Connection physical = physical(conn);
        abort(physical);
        return physical;
    }

    /** Ends a physical connection as a dropped network connection would (closed where abort is not supported). */
    private static void abort(java.sql.Connection physical) {
        try {
            try {
                physical.abort(Runnable::run);
            } catch (SQLFeatureNotSupportedException e) {
                // closed below
            }
            if (!physical.isClosed()) {
                physical.close();
            }
        } catch (SQLException e) {
            throw new AssertionError("could not end the physical connection", e);
        }
    }
}
