package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.update;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.Session;
import io.alchemy.orm.SynchronizeSession;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.conformance.model.User_;
import io.alchemy.testing.Capability;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.RequiresCapability;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * SQLAlchemy's {@code test/orm/test_transaction.py}, {@code CleanSavepointTest}: a rollback after
 * {@code begin_nested()} expires the objects ({@code _run_test} with each update function). {@code s._transaction is
 * None} is {@code inTransaction()} false.
 */
@PortedFrom("test/orm/test_transaction.py")
class TestTransactionSavepointConformanceTest {

    private static void runTest(TestDatabase db, BiConsumer<Session, User> updateFn) {
        try (Session s = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            User u2 = new User("u2");
            s.addAll(List.of(u1, u2));
            s.commit();
            u1.getName();
            u2.getName();
            assertThat(s.inTransaction()).isTrue();
            s.beginNested();
            updateFn.accept(s, u2);
            assertThat(u2.getName()).isEqualTo("u2modified");
            s.rollback();
            assertThat(s.inTransaction()).isFalse();
            assertThat(inspect(u1).unloaded()).contains("name");
            assertThat(inspect(u2).unloaded()).contains("name");
            assertThat(u2.getName()).isEqualTo("u2");
        }
    }

    /** CleanSavepointTest.test_rollback_ignores_clean_on_savepoint */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_rollback_ignores_clean_on_savepoint(TestDatabase db) {
        runTest(db, (s, u2) -> u2.setName("u2modified"));
    }

    /** CleanSavepointTest.test_rollback_ignores_clean_on_savepoint_agg_upd_eval */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_rollback_ignores_clean_on_savepoint_agg_upd_eval(TestDatabase db) {
        runTest(db, (s, u2) -> s.execute(update(User.class).where(User_.name.eq("u2"))
                .values(Map.of("name", "u2modified")), SynchronizeSession.EVALUATE));
    }

    /** CleanSavepointTest.test_rollback_ignores_clean_on_savepoint_agg_upd_fetch */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_rollback_ignores_clean_on_savepoint_agg_upd_fetch(TestDatabase db) {
        runTest(db, (s, u2) -> s.execute(update(User.class).where(User_.name.eq("u2"))
                .values(Map.of("name", "u2modified")), SynchronizeSession.FETCH));
    }
}
