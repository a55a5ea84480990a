package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.OperationalError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A statement error inside a transaction, on a database that then aborts the whole transaction (PostgreSQL): its
 * COMMIT would commit nothing, so it is refused, naming the earlier error, rather than returning as if it had
 * committed; rolling back to a savepoint set before the error recovers the transaction, on every database. A
 * deadlock's victim on MariaDB likewise.
 */
class AbortedTransactionTest {

    @MatrixTest
    void aCommitAfterAnErrorThatAbortedTheTransactionIsRefusedAndRollsBack(TestDatabase db) {
        Engine engine = createTable(db);
        assumeTrue(engine.dialect().abortsTransactionOnError(), "the database keeps the transaction after an error");
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO t (id) VALUES (1)")))
                    .isInstanceOf(IntegrityError.class);
            assertThatThrownBy(conn::commit).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("aborted by the database at an earlier error")
                    .hasMessageContaining("INSERT INTO t (id) VALUES (1)")
                    .hasCauseInstanceOf(IntegrityError.class);
            assertThat(conn.inTransaction()).isFalse();
            conn.execute(text("INSERT INTO t (id) VALUES (2)"));
            conn.commit();
        }
        assertThat(ids(engine)).containsExactly(2);
    }

    @MatrixTest
    void theTransactionBlockOfAnEngineRefusesToCommitToo(TestDatabase db) {
        Engine engine = createTable(db);
        assumeTrue(engine.dialect().abortsTransactionOnError(), "the database keeps the transaction after an error");
        assertThatThrownBy(() -> engine.begin(conn -> {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            try {
                conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            } catch (IntegrityError expected) {
                // swallowed by the application: the commit must not pretend it committed
            }
        })).isInstanceOf(InvalidRequestError.class).hasCauseInstanceOf(IntegrityError.class);
        assertThat(ids(engine)).isEmpty();
    }

    @MatrixTest
    void rollingBackToASavepointSetBeforeTheErrorLetsTheTransactionCommit(TestDatabase db) {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            Transaction savepoint = conn.beginNested();
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO t (id) VALUES (1)")))
                    .isInstanceOf(IntegrityError.class);
            savepoint.rollback();
            conn.execute(text("INSERT INTO t (id) VALUES (3)"));
            conn.commit();
        }
        assertThat(ids(engine)).containsExactly(1, 3);
    }

    @MatrixTest
    void rollingBackTheInnerOfTwoSavepointsRecoversAndTheOuterOneCommits(TestDatabase db) {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            Transaction outer = conn.beginNested();
            conn.execute(text("INSERT INTO t (id) VALUES (4)"));
            Transaction inner = conn.beginNested();
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO t (id) VALUES (4)")))
                    .isInstanceOf(IntegrityError.class);
            inner.rollback();
            outer.commit();
            conn.commit();
        }
        assertThat(ids(engine)).containsExactly(4);
    }

    @MatrixTest
    void aRollbackEndsTheCondition(TestDatabase db) {
        Engine engine = createTable(db);
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (id) VALUES (1)"));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO t (id) VALUES (1)")))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            conn.execute(text("INSERT INTO t (id) VALUES (5)"));
            conn.commit();
        }
        assertThat(ids(engine)).containsExactly(5);
    }

    /**
     * MariaDB/MySQL: InnoDB rolls a deadlock's victim back whole; statements after it would run in a new transaction,
     * and committing them must not pass for committing the transaction that was lost.
     */
    @MatrixTest
    void aDeadlockVictimsCommitIsRefused(TestDatabase db) throws Exception {
        assumeTrue(db.name().equals("mariadb"), "InnoDB rolls back the whole transaction of a deadlock's victim");
        Engine engine = db.engine(EngineOptions.builder().poolSize(2).build());
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER)")));
        engine.begin(conn -> conn.execute(text("INSERT INTO t (id, n) VALUES (1, 0), (2, 0)")));
        Connection a = engine.connect();
        Connection b = engine.connect();
        try {
            a.execute(text("UPDATE t SET n = 1 WHERE id = 1"));
            b.execute(text("UPDATE t SET n = 2 WHERE id = 2"));
            CompletableFuture<Void> aWaits = CompletableFuture.runAsync(
                    () -> a.execute(text("UPDATE t SET n = 1 WHERE id = 2")));
            Thread.sleep(500); // a now waits for b's lock on row 2
            RuntimeException bFailure = null;
            try {
                b.execute(text("UPDATE t SET n = 2 WHERE id = 1"));
            } catch (OperationalError e) {
                bFailure = e;
            }
            Throwable aFailure = null;
            try {
                aWaits.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                aFailure = e.getCause();
            }
            assertThat(aFailure == null).as("exactly one deadlock victim").isNotEqualTo(bFailure == null);
            Throwable failure = bFailure != null ? bFailure : aFailure;
            assertThat(failure).isInstanceOf(DBAPIError.class);
            assertThat(((DBAPIError) failure).vendorCode()).isEqualTo(1213);
            Connection victim = bFailure != null ? b : a;
            Connection survivor = bFailure != null ? a : b;
            survivor.commit();
            victim.execute(text("INSERT INTO t (id, n) VALUES (3, 3)"));
            assertThatThrownBy(victim::commit).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("aborted by the database at an earlier error").hasCause(failure);
            assertThat(victim.inTransaction()).isFalse();
        } finally {
            a.close();
            b.close();
        }
        assertThat(ids(engine)).containsExactly(1, 2);
    }

    private static List<Integer> ids(Engine engine) {
        try (Connection conn = engine.connect()) {
            return conn.execute(text("SELECT id FROM t ORDER BY id")).scalars(Integer.class).all();
        }
    }

    private static Engine createTable(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.builder().poolSize(1).build());
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        return engine;
    }
}
