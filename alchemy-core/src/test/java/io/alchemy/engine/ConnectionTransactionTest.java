package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.AlchemyException;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.ResourceClosedError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SQLAlchemy 2.0's connection transaction model: autobegin, commit as you go, begin once, savepoints, close. */
class ConnectionTransactionTest {

    @MatrixTest
    void commitAsYouGoBeginsAgainAfterEachCommit(TestDatabase db) throws Exception {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            assertThat(conn.inTransaction()).isFalse();
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            assertThat(conn.inTransaction()).isTrue();
            conn.commit();
            assertThat(conn.inTransaction()).isFalse();
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
            conn.commit();
            conn.execute(text("INSERT INTO t (id) VALUES (3)"));
        }
        assertThat(idsSeenByAnotherConnection(db)).containsExactly(1, 2);
    }

    @MatrixTest
    void closeRollsBackWhatIsUncommitted(TestDatabase db) throws Exception {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
        }
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
            conn.rollback();
            assertThat(conn.inTransaction()).isFalse();
            assertThat(conn.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
        assertThat(idsSeenByAnotherConnection(db)).isEmpty();
    }

    @MatrixTest
    void beginOnceCommitsOnReturnAndRollsBackOnAnyException(TestDatabase db) throws Exception {
        Engine engine = createTable(db);
        engine.begin(conn -> conn.execute(text("INSERT INTO t (id) VALUES (1)")));
        IllegalStateException failure = new IllegalStateException("boom");
        assertThatThrownBy(() -> engine.begin(conn -> {
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
            throw failure;
        })).isSameAs(failure);
        assertThatThrownBy(() -> engine.transaction(conn -> {
            conn.execute(text("INSERT INTO t (id) VALUES (3)"));
            throw new IOException("disk");
        })).isInstanceOf(AlchemyException.class).hasCauseInstanceOf(IOException.class);
        int count = engine.transaction(conn -> conn.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class));
        assertThat(count).isEqualTo(1);
        assertThat(idsSeenByAnotherConnection(db)).containsExactly(1);
    }

    @MatrixTest
    void explicitBeginIsOncePerTransaction(TestDatabase db) throws Exception {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            Transaction tx = conn.begin();
            assertThat(tx.isActive()).isTrue();
            assertThat(tx.isNested()).isFalse();
            assertThatThrownBy(conn::begin).isInstanceOf(InvalidRequestError.class).hasMessageContaining("already");
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            tx.commit();
            assertThat(tx.isActive()).isFalse();
            assertThatThrownBy(tx::commit).isInstanceOf(InvalidRequestError.class).hasMessageContaining("inactive");
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
            assertThatThrownBy(conn::begin).isInstanceOf(InvalidRequestError.class);
            conn.rollback();
            try (Transaction second = conn.begin()) {
                conn.execute(text("INSERT INTO t (id) VALUES (3)"));
            }
            assertThat(conn.inTransaction()).isFalse();
        }
        assertThat(idsSeenByAnotherConnection(db)).containsExactly(1);
    }

    @MatrixTest
    void savepointsRollBackOrReleaseInsideTheOuterTransaction(TestDatabase db) throws Exception {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            Transaction nestedFirst = conn.beginNested();                // autobegins the outer transaction
            assertThat(conn.inTransaction()).isTrue();
            assertThat(nestedFirst.isNested()).isTrue();
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            nestedFirst.commit();
            Transaction rolledBack = conn.beginNested();
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
            Transaction inner = conn.beginNested();
            conn.execute(text("INSERT INTO t (id) VALUES (3)"));
            rolledBack.rollback();                                       // ends the inner one too
            assertThat(inner.isActive()).isFalse();
            assertThat(rolledBack.isActive()).isFalse();
            try (Transaction closedWithoutCommit = conn.beginNested()) {
                conn.execute(text("INSERT INTO t (id) VALUES (4)"));
            }
            conn.execute(text("INSERT INTO t (id) VALUES (5)"));
            conn.commit();
        }
        assertThat(idsSeenByAnotherConnection(db)).containsExactly(1, 5);
    }

    @MatrixTest
    void isolationLevelAppliesToTheConnectionAndIsRestoredOnReturn(TestDatabase db) throws Exception {
        Engine engine = db.engine(EngineOptions.builder().poolSize(1).build());
        IsolationLevel level = db.name().equals("sqlite") ? IsolationLevel.READ_UNCOMMITTED : IsolationLevel.SERIALIZABLE;
        int original;
        try (Connection conn = engine.connect()) {
            original = conn.jdbcConnection().getTransactionIsolation();
            assertThat(original).isNotEqualTo(level.jdbcLevel());
            conn.executionOptions(ExecutionOptions.isolationLevel(level));
            assertThat(conn.executionOptions().isolationLevel()).isEqualTo(level);
            assertThat(conn.jdbcConnection().getTransactionIsolation()).isEqualTo(level.jdbcLevel());
            conn.execute(text("SELECT 1"));
            assertThatThrownBy(() -> conn.executionOptions(ExecutionOptions.isolationLevel(IsolationLevel.READ_COMMITTED)))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("isolation level");
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.jdbcConnection().getTransactionIsolation()).isEqualTo(original);
            assertThat(conn.executionOptions().isolationLevel()).isNull();
        }
    }

    @MatrixTest
    void engineWideIsolationLevelAppliesToEveryConnection(TestDatabase db) throws Exception {
        IsolationLevel level = db.name().equals("sqlite") ? IsolationLevel.READ_UNCOMMITTED : IsolationLevel.SERIALIZABLE;
        Engine engine = db.engine(EngineOptions.builder().isolationLevel(level).build());
        try (Connection conn = engine.connect()) {
            assertThat(conn.jdbcConnection().getTransactionIsolation()).isEqualTo(level.jdbcLevel());
        }
    }

    @MatrixTest
    void autocommitCommitsEachStatementAndIsUndoneOnReturn(TestDatabase db) throws Exception {
        Engine engine = createTable(db, EngineOptions.builder().poolSize(1).build());
        try (Connection conn = engine.connect()) {
            conn.executionOptions(ExecutionOptions.autocommit());
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            assertThat(conn.jdbcConnection().getAutoCommit()).isTrue();
            assertThat(idsSeenByAnotherConnection(db)).containsExactly(1);
            conn.rollback();                                             // has no effect in AUTOCOMMIT
        }
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));         // a transaction again: rolled back on close
        }
        assertThat(idsSeenByAnotherConnection(db)).containsExactly(1);
    }

    @MatrixTest
    void aClosedConnectionCannotBeUsed(TestDatabase db) {
        Engine engine = db.engine();
        Connection conn = engine.connect();
        conn.close();
        conn.close();                                                    // idempotent
        assertThat(conn.isClosed()).isTrue();
        assertThat(conn.inTransaction()).isFalse();
        assertThatThrownBy(() -> conn.execute(text("SELECT 1"))).isInstanceOf(ResourceClosedError.class)
                .hasMessage("This Connection is closed");
        assertThatThrownBy(conn::commit).isInstanceOf(ResourceClosedError.class);
        assertThatThrownBy(conn::begin).isInstanceOf(ResourceClosedError.class);
        assertThatThrownBy(() -> conn.execDriverSql("SELECT 1")).isInstanceOf(ResourceClosedError.class);
    }

    @MatrixTest
    void executemanySumsTheRowcountsAndBindsInPlaceholderOrder(TestDatabase db) throws Exception {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE some_table (x int, y int)"));
            Result inserted = conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
                    List.of(Map.of("x", 1, "y", 1), Map.of("x", 2, "y", 4), Map.of("x", 3, "y", 4)));
            assertThat(inserted.rowcount()).isEqualTo(3);
            assertThat(inserted.returnsRows()).isFalse();
            Result updated = conn.execute(text("UPDATE some_table SET y=:y WHERE x=:x"),
                    List.of(Map.of("x", 1, "y", 11), Map.of("x", 3, "y", 15), Map.of("x", 99, "y", 0)));
            assertThat(updated.rowcount()).isEqualTo(2);
            assertThat(conn.execute(text("DELETE FROM some_table WHERE y = :y"), Map.of("y", 4)).rowcount()).isEqualTo(1);
            assertThat(conn.execute(text("SELECT x, y FROM some_table ORDER BY x")).all()).map(Row::toString)
                    .containsExactly("(1, 11)", "(3, 15)");
            Result raw = conn.execDriverSql("UPDATE some_table SET y = ? WHERE x > ?", 0, 0);
            assertThat(raw.rowcount()).isEqualTo(2);
        }
    }

    private static Engine createTable(TestDatabase db) {
        return createTable(db, EngineOptions.DEFAULTS);
    }

    private static Engine createTable(TestDatabase db, EngineOptions options) {
        Engine engine = db.engine(options);
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        return engine;
    }

    private static List<Integer> idsSeenByAnotherConnection(TestDatabase db) throws Exception {
        List<Integer> ids = new ArrayList<>();
        try (java.sql.Connection c = db.openJdbc(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM t ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }
}
