package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/**
 * A statement error inside a transaction, on a database that then aborts the whole transaction (PostgreSQL): its
 * COMMIT would commit nothing, so it is refused, naming the earlier error, rather than returning as if it had
 * committed; rolling back to a savepoint set before the error recovers the transaction, on every database.
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
