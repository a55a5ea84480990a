package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionTransaction;
import io.alchemy.orm.conformance.model.NaturalUser;
import io.alchemy.orm.exc.FlushError;
import io.alchemy.testing.Capability;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.RequiresCapability;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's {@code test/orm/test_transaction.py}, {@code NaturalPKRollbackTest}: a table whose primary key is the
 * user's name; keys taken over by UPDATEs and INSERTs, and what rollback restores. {@code s.identity_map[key] is x}
 * reads as {@code s.get(User, key)} returning that object.
 */
@PortedFrom("test/orm/test_transaction.py")
class TestTransactionNaturalPkConformanceTest {

    private static Engine engine(TestDatabase db) {
        return Fixtures.engine(db, Fixtures.natural());
    }

    /**
     * NaturalPKRollbackTest.test_rollback_recover. SQLAlchemy: the second flush warns "New instance" and raises
     * {@code IntegrityError}.
     */
    @MatrixTest
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-known-identity-conflict",
            value = "FlushError before the INSERT instead of the database's IntegrityError")
    void test_rollback_recover(TestDatabase db) {
        try (Session session = new Session(engine(db))) {
            NaturalUser u1 = new NaturalUser("u1");
            NaturalUser u2 = new NaturalUser("u2");
            NaturalUser u3 = new NaturalUser("u3");
            session.addAll(List.of(u1, u2, u3));
            session.commit();
            session.delete(u2);
            NaturalUser u4 = new NaturalUser("u2");
            session.add(u4);
            session.flush();
            NaturalUser u5 = new NaturalUser("u3");
            session.add(u5);
            assertThatThrownBy(session::flush).isInstanceOf(FlushError.class);
            assertThat(session.contains(u5)).isFalse();
            assertThat(session.deleted()).doesNotContain(u2);
            session.rollback();
        }
    }

    /** NaturalPKRollbackTest.test_reloaded_deleted_checked_for_expiry */
    @MatrixTest
    void test_reloaded_deleted_checked_for_expiry(TestDatabase db) {
        try (Session s = new Session(engine(db))) {
            NaturalUser u1 = new NaturalUser("u1");
            s.add(u1);
            s.flush();
            s.scalars(select(NaturalUser.class)).first();
            s.rollback();
            NaturalUser u2 = new NaturalUser("u1");
            s.add(u2);
            s.commit();
            assertThat(inspect(u2).isPersistent()).isTrue();
        }
    }

    /** NaturalPKRollbackTest.test_key_replaced_by_update */
    @MatrixTest
    void test_key_replaced_by_update(TestDatabase db) {
        try (Session s = new Session(engine(db))) {
            NaturalUser u1 = new NaturalUser("u1");
            NaturalUser u2 = new NaturalUser("u2");
            s.addAll(List.of(u1, u2));
            s.commit();
            s.delete(u1);
            s.flush();
            u2.setName("u1");
            s.flush();
            assertThat(s.contains(u1)).isFalse();
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isTrue();
            assertThat(s.get(NaturalUser.class, "u1")).isSameAs(u1);
            assertThat(s.get(NaturalUser.class, "u2")).isSameAs(u2);
        }
    }

    /** NaturalPKRollbackTest.test_key_replaced_by_update_nested */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_key_replaced_by_update_nested(TestDatabase db) {
        try (Session s = new Session(engine(db))) {
            NaturalUser u1 = new NaturalUser("u1");
            s.add(u1);
            s.commit();
            NaturalUser u2;
            try (SessionTransaction nested = s.beginNested()) {
                u2 = new NaturalUser("u2");
                s.add(u2);
                s.flush();
                u2.setName("u3");
                nested.commit();
            }
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isFalse();
            u1.setName("u5");
            s.commit();
        }
    }

    /** NaturalPKRollbackTest.test_multiple_key_replaced_by_update */
    @MatrixTest
    void test_multiple_key_replaced_by_update(TestDatabase db) {
        try (Session s = new Session(engine(db))) {
            NaturalUser u1 = new NaturalUser("u1");
            NaturalUser u2 = new NaturalUser("u2");
            NaturalUser u3 = new NaturalUser("u3");
            s.addAll(List.of(u1, u2, u3));
            s.commit();
            s.delete(u1);
            s.delete(u2);
            s.flush();
            u3.setName("u1");
            s.flush();
            u3.setName("u2");
            s.flush();
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isTrue();
            assertThat(s.contains(u3)).isTrue();
            assertThat(s.get(NaturalUser.class, "u1")).isSameAs(u1);
            assertThat(s.get(NaturalUser.class, "u2")).isSameAs(u2);
            assertThat(s.get(NaturalUser.class, "u3")).isSameAs(u3);
        }
    }

    /** NaturalPKRollbackTest.test_key_replaced_by_oob_insert */
    @MatrixTest
    void test_key_replaced_by_oob_insert(TestDatabase db) {
        try (Session s = new Session(engine(db))) {
            NaturalUser u1 = new NaturalUser("u1");
            s.add(u1);
            s.commit();
            s.delete(u1);
            s.flush();
            s.execute(insert(Fixtures.natural().metadata().tableNamed("users")).values(Map.of("name", "u1")));
            NaturalUser u2 = s.get(NaturalUser.class, "u1");
            assertThat(s.contains(u1)).isFalse();
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isFalse();
        }
    }
}
