package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.SessionTransaction;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's {@code test/orm/test_transaction.py}, {@code ContextManagerPlusFutureTest}'s context-manager cases:
 * {@code with Session() as sess} is try-with-resources on the Session (closing rolls back), {@code with
 * sess.begin():} a {@link SessionTransaction} committed at the end of its block (an exception thrown out of the block
 * leaves it uncommitted, and closing it rolls back), {@code with sessionmaker.begin() as sess} is
 * {@link SessionFactory#begin(java.util.function.Consumer)}.
 */
@PortedFrom("test/orm/test_transaction.py")
class TestTransactionContextConformanceTest {

    private static Table users() {
        return Fixtures.standard().metadata().tableNamed("users");
    }

    private static void insertUser1(Session sess) {
        sess.connection().execute(insert(users()).values(Map.of("id", 1, "name", "user1")));
    }

    private static List<List<Object>> rows(Session sess) {
        return sess.connection().execute(select(users().c("id"), users().c("name"))).all().stream()
                .map(row -> List.of(((Number) row.get(0)).intValue(), row.get(1))).toList();
    }

    private static final List<List<Object>> USER1 = List.of(List.of(1, "user1"));

    /** ContextManagerPlusFutureTest.test_session_as_ctx_manager_one ({@code get_transaction() is None}: not in one) */
    @MatrixTest
    void test_session_as_ctx_manager_one(TestDatabase db) {
        Session sess = new Session(Fixtures.engine(db));
        try (sess) {
            assertThat(sess.inTransaction()).isFalse();
            insertUser1(sess);
            assertThat(rows(sess)).isEqualTo(USER1);
            assertThat(sess.inTransaction()).isTrue();
        }
        assertThat(sess.inTransaction()).isFalse();
        // did not commit
        assertThat(rows(sess)).isEmpty();
        sess.close();
    }

    /** ContextManagerPlusFutureTest.test_session_as_ctx_manager_two */
    @MatrixTest
    void test_session_as_ctx_manager_two(TestDatabase db) {
        Session sess = new Session(Fixtures.engine(db));
        assertThatThrownBy(() -> {
            try (sess) {
                assertThat(sess.inTransaction()).isFalse();
                insertUser1(sess);
                throw new IllegalStateException("force rollback");
            }
        }).hasMessage("force rollback");
        assertThat(sess.inTransaction()).isFalse();
    }

    /** ContextManagerPlusFutureTest.test_begin_context_manager */
    @MatrixTest
    void test_begin_context_manager(TestDatabase db) {
        Session sess = new Session(Fixtures.engine(db));
        try (sess) {
            try (SessionTransaction trans = sess.begin()) {
                insertUser1(sess);
                assertThat(rows(sess)).isEqualTo(USER1);
                trans.commit();
            }
        }
        // committed
        assertThat(rows(sess)).isEqualTo(USER1);
        sess.close();
    }

    /** ContextManagerPlusFutureTest.test_sessionmaker_begin_context_manager */
    @MatrixTest
    void test_sessionmaker_begin_context_manager(TestDatabase db) {
        SessionFactory session = SessionFactory.of(Fixtures.engine(db));
        Session[] sess = new Session[1];
        session.begin(s -> {
            sess[0] = s;
            insertUser1(s);
            assertThat(rows(s)).isEqualTo(USER1);
        });
        // committed
        assertThat(rows(sess[0])).isEqualTo(USER1);
        sess[0].close();
    }

    /** ContextManagerPlusFutureTest.test_begin_context_manager_rollback_trans */
    @MatrixTest
    void test_begin_context_manager_rollback_trans(TestDatabase db) {
        Session sess = new Session(Fixtures.engine(db));
        assertThatThrownBy(() -> {
            try (sess) {
                try (SessionTransaction trans = sess.begin()) {
                    insertUser1(sess);
                    assertThat(rows(sess)).isEqualTo(USER1);
                    if (rows(sess).size() == 1) {
                        throw new IllegalStateException("force rollback");
                    }
                    trans.commit();
                }
            }
        }).hasMessage("force rollback");
        // rolled back
        assertThat(rows(sess)).isEmpty();
        sess.close();
    }

    /** ContextManagerPlusFutureTest.test_begin_context_manager_rollback_outer */
    @MatrixTest
    void test_begin_context_manager_rollback_outer(TestDatabase db) {
        Session sess = new Session(Fixtures.engine(db));
        assertThatThrownBy(() -> {
            try (sess) {
                try (SessionTransaction trans = sess.begin()) {
                    insertUser1(sess);
                    assertThat(rows(sess)).isEqualTo(USER1);
                    trans.commit();
                }
                throw new IllegalStateException("force rollback");
            }
        }).hasMessage("force rollback");
        // committed
        assertThat(rows(sess)).isEqualTo(USER1);
        sess.close();
    }

    /** ContextManagerPlusFutureTest.test_sessionmaker_begin_context_manager_rollback_trans */
    @MatrixTest
    void test_sessionmaker_begin_context_manager_rollback_trans(TestDatabase db) {
        SessionFactory session = SessionFactory.of(Fixtures.engine(db));
        Session[] sess = new Session[1];
        assertThatThrownBy(() -> session.begin(s -> {
            sess[0] = s;
            insertUser1(s);
            assertThat(rows(s)).isEqualTo(USER1);
            throw new IllegalStateException("force rollback");
        })).hasMessage("force rollback");
        // rolled back
        assertThat(rows(sess[0])).isEmpty();
        sess[0].close();
    }

    /** ContextManagerPlusFutureTest.test_sessionmaker_begin_context_manager_rollback_outer */
    @MatrixTest
    void test_sessionmaker_begin_context_manager_rollback_outer(TestDatabase db) {
        SessionFactory session = SessionFactory.of(Fixtures.engine(db));
        Session[] sess = new Session[1];
        assertThatThrownBy(() -> {
            session.begin(s -> {
                sess[0] = s;
                insertUser1(s);
                assertThat(rows(s)).isEqualTo(USER1);
            });
            throw new IllegalStateException("force rollback");
        }).hasMessage("force rollback");
        // committed
        assertThat(rows(sess[0])).isEqualTo(USER1);
        sess[0].close();
    }
}
