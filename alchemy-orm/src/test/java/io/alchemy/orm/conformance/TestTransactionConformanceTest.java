package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.Alchemy.update;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.SessionTransaction;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanAddress_;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.OrphanUser_;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.conformance.model.User_;
import io.alchemy.orm.exc.FlushError;
import io.alchemy.orm.exc.PendingRollbackError;
import io.alchemy.testing.Capability;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.RequiresCapability;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's {@code test/orm/test_transaction.py}: the Session's transaction, savepoints, what commit and rollback
 * do to objects. {@code _LocalFixture}'s mapping (addresses {@code cascade="all, delete-orphan"} with a backref) is
 * the {@code Orphan…} classes.
 */
@PortedFrom("test/orm/test_transaction.py")
class TestTransactionConformanceTest {

    private static OrphanUser user(String name, OrphanAddress... addresses) {
        OrphanUser user = new OrphanUser(name);
        user.getAddresses().addAll(List.of(addresses));
        return user;
    }

    private static Engine local(TestDatabase db) {
        return Fixtures.engine(db, Fixtures.orphan());
    }

    private static List<String> names(Session s) {
        return s.scalars(select(OrphanUser_.name).orderBy(OrphanUser_.id)).all();
    }

    private static long userCount(Session s) {
        return ((Number) s.scalar(select(func.count()).selectFrom(Fixtures.standard().metadata().tableNamed("users"))))
                .longValue();
    }

    private static String describe(List<OrphanUser> users) {
        StringBuilder out = new StringBuilder();
        for (OrphanUser u : users) {
            out.append(u.getName()).append(u.getAddresses().stream().map(OrphanAddress::getEmailAddress).toList());
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ SessionTransactionTest

    /** SessionTransactionTest.test_nested_accounting_new_items_removed */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_nested_accounting_new_items_removed(TestDatabase db) {
        try (Session session = new Session(Fixtures.engine(db))) {
            session.begin();
            SessionTransaction n1 = session.beginNested();
            User u1 = new User("u1");
            session.add(u1);
            n1.commit();
            assertThat(session.contains(u1)).isTrue();
            session.rollback();
            assertThat(session.contains(u1)).isFalse();
        }
    }

    /** SessionTransactionTest.test_nested_accounting_deleted_items_restored */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_nested_accounting_deleted_items_restored(TestDatabase db) {
        try (Session session = new Session(Fixtures.engine(db))) {
            session.begin();
            User u1 = new User("u1");
            session.add(u1);
            session.commit();
            session.begin();
            u1 = session.scalars(select(User.class)).first();
            SessionTransaction n1 = session.beginNested();
            session.delete(u1);
            n1.commit();
            assertThat(session.contains(u1)).isFalse();
            session.rollback();
            assertThat(session.contains(u1)).isTrue();
        }
    }

    /** SessionTransactionTest.test_dirty_state_transferred_deep_nesting: the objects' side */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_dirty_state_transferred_deep_nesting(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            s.add(u1);
            s.commit();
            SessionTransaction nt1 = s.beginNested();
            SessionTransaction nt2 = s.beginNested();
            u1.setName("u2");
            s.flush();
            nt2.commit();
            nt1.rollback();
            assertThat(inspect(u1).unloaded()).contains("name");
            assertThat(u1.getName()).isEqualTo("u1");
        }
    }

    /** SessionTransactionTest.test_transactions_isolated */
    @MatrixTest
    void test_transactions_isolated(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            User u1 = new User("u1");
            s1.add(u1);
            s1.flush();
            if (!db.name().equals("sqlite")) {
                assertThat(s2.scalars(select(User.class)).all()).isEmpty();
            }
        }
    }

    /** SessionTransactionTest.test_nested_transaction */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_nested_transaction(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.begin();
            sess.add(new User("u1"));
            sess.flush();
            SessionTransaction n1 = sess.beginNested();
            sess.add(new User("u2"));
            sess.flush();
            n1.rollback();
            sess.commit();
            assertThat(sess.scalars(select(User.class)).all()).hasSize(1);
        }
    }

    /** SessionTransactionTest.test_nested_autotrans */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_nested_autotrans(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.add(new User("u1"));
            sess.flush();
            sess.beginNested();
            sess.add(new User("u2"));
            sess.flush();
            sess.rollback();
            sess.commit();
            assertThat(sess.scalars(select(User.class)).all()).isEmpty();
        }
    }

    /** SessionTransactionTest.test_nested_transaction_connection_add */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_nested_transaction_connection_add(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.begin();
            sess.beginNested();
            User u1 = new User("u1");
            sess.add(u1);
            sess.flush();
            sess.rollback();
            User u2 = new User("u2");
            sess.add(u2);
            sess.commit();
            assertThat(sess.scalars(select(User.class)).all()).containsExactly(u2);
            sess.rollback();
            sess.begin();
            SessionTransaction n1 = sess.beginNested();
            User u3 = new User("u3");
            sess.add(u3);
            n1.commit();
            sess.rollback();
            assertThat(sess.scalars(select(User.class)).all()).containsExactly(u2);
        }
    }

    /** SessionTransactionTest.test_mixed_transaction_close */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_mixed_transaction_close(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.beginNested();
            sess.add(new User("u1"));
            sess.flush();
            sess.close();
            sess.add(new User("u2"));
            sess.commit();
            sess.close();
            assertThat(sess.scalars(select(User.class)).all()).hasSize(1);
        }
    }

    /** SessionTransactionTest.test_closed_status_check */
    @MatrixTest
    void test_closed_status_check(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            SessionTransaction trans = sess.begin();
            trans.rollback();
            assertThatThrownBy(trans::rollback).hasMessageContaining("This transaction is");
            assertThatThrownBy(trans::commit).hasMessageContaining("This transaction is");
        }
    }

    /**
     * SessionTransactionTest.test_preserve_flush_error. SQLAlchemy warns "New instance … conflicts with persistent
     * instance" and lets the INSERT fail with IntegrityError; Alchemy raises FlushError before the INSERT.
     */
    @MatrixTest
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-known-identity-conflict",
            value = "a new object whose primary key a persistent object of the Session has fails the flush with "
                    + "FlushError before any INSERT, where SQLAlchemy warns and lets the database raise IntegrityError")
    void test_preserve_flush_error(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            u1.setId(1);
            sess.add(u1);
            sess.commit();
            User dup = new User("u2");
            dup.setId(1);
            sess.add(dup);
            assertThatThrownBy(sess::flush).isInstanceOf(FlushError.class)
                    .hasMessageContaining("conflicts with persistent instance");
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(sess::commit).isInstanceOf(PendingRollbackError.class)
                        .hasMessageStartingWith("This Session's transaction has been rolled back due to a previous "
                                + "exception during flush. To begin a new transaction with this Session, first issue "
                                + "Session.rollback(). Original exception was:");
            }
            sess.rollback();
            User five = new User("some name");
            five.setId(5);
            sess.add(five);
            sess.commit();
        }
    }

    /** SessionTransactionTest.test_no_autobegin_after_explicit_commit */
    @MatrixTest
    void test_no_autobegin_after_explicit_commit(TestDatabase db) {
        try (Session session = new Session(Fixtures.engine(db))) {
            session.add(new User("ed"));
            session.commit();
            assertThat(session.inTransaction()).isFalse();
            session.connection();
            assertThat(session.inTransaction()).isTrue();
        }
    }

    // ------------------------------------------------------------------ FixtureDataTest

    /** FixtureDataTest.test_attrs_on_rollback */
    @MatrixTest
    void test_attrs_on_rollback(TestDatabase db) {
        try (Session sess = new Session(Fixtures.withData(db, Fixtures.orphan()))) {
            OrphanUser u1 = sess.get(OrphanUser.class, 7);
            u1.setName("ed");
            sess.rollback();
            assertThat(u1.getName()).isEqualTo("jack");
        }
    }

    /** FixtureDataTest.test_commit_persistent */
    @MatrixTest
    void test_commit_persistent(TestDatabase db) {
        try (Session sess = new Session(Fixtures.withData(db, Fixtures.orphan()))) {
            OrphanUser u1 = sess.get(OrphanUser.class, 7);
            u1.setName("ed");
            sess.flush();
            sess.commit();
            assertThat(u1.getName()).isEqualTo("ed");
        }
    }

    /** FixtureDataTest.test_concurrent_commit_persistent */
    @MatrixTest
    void test_concurrent_commit_persistent(TestDatabase db) {
        Engine engine = Fixtures.withData(db, Fixtures.orphan());
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            OrphanUser u1 = s1.get(OrphanUser.class, 7);
            u1.setName("ed");
            s1.commit();
            OrphanUser u2 = s2.get(OrphanUser.class, 7);
            assertThat(u2.getName()).isEqualTo("ed");
            u2.setName("will");
            s2.commit();
            assertThat(u1.getName()).isEqualTo("will");
        }
    }

    // ------------------------------------------------------------------ AutoExpireTest

    /** AutoExpireTest.test_expunge_pending_on_rollback */
    @MatrixTest
    void test_expunge_pending_on_rollback(TestDatabase db) {
        try (Session sess = new Session(local(db))) {
            OrphanUser u2 = new OrphanUser("newuser");
            sess.add(u2);
            assertThat(sess.contains(u2)).isTrue();
            sess.rollback();
            assertThat(sess.contains(u2)).isFalse();
        }
    }

    /** AutoExpireTest.test_trans_pending_cleared_on_commit */
    @MatrixTest
    void test_trans_pending_cleared_on_commit(TestDatabase db) {
        try (Session sess = new Session(local(db))) {
            OrphanUser u2 = new OrphanUser("newuser");
            sess.add(u2);
            assertThat(sess.contains(u2)).isTrue();
            sess.commit();
            assertThat(sess.contains(u2)).isTrue();
            OrphanUser u3 = new OrphanUser("anotheruser");
            sess.add(u3);
            sess.rollback();
            assertThat(sess.contains(u3)).isFalse();
            assertThat(sess.contains(u2)).isTrue();
        }
    }

    /** AutoExpireTest.test_update_deleted_on_rollback */
    @MatrixTest
    void test_update_deleted_on_rollback(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = new OrphanUser("ed");
            s.add(u1);
            s.commit();
            s.delete(u1);
            assertThat(s.deleted()).contains(u1);
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.deleted()).doesNotContain(u1);
        }
    }

    /** AutoExpireTest.test_trans_deleted_cleared_on_rollback */
    @MatrixTest
    void test_trans_deleted_cleared_on_rollback(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = new OrphanUser("ed");
            s.add(u1);
            s.commit();
            s.delete(u1);
            s.commit();
            assertThat(s.contains(u1)).isFalse();
            s.rollback();
            assertThat(s.contains(u1)).isFalse();
        }
    }

    /** AutoExpireTest.test_update_deleted_on_rollback_cascade */
    @MatrixTest
    void test_update_deleted_on_rollback_cascade(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = user("ed", new OrphanAddress("foo"));
            s.add(u1);
            s.commit();
            s.delete(u1);
            assertThat(s.deleted()).contains(u1);
            assertThat(s.deleted()).contains(u1.getAddresses().get(0));
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.deleted()).doesNotContain(u1);
            assertThat(s.deleted()).doesNotContain(u1.getAddresses().get(0));
        }
    }

    /** AutoExpireTest.test_update_deleted_on_rollback_orphan */
    @MatrixTest
    void test_update_deleted_on_rollback_orphan(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = user("ed", new OrphanAddress("foo"));
            s.add(u1);
            s.commit();
            OrphanAddress a1 = u1.getAddresses().get(0);
            u1.getAddresses().remove(a1);
            s.flush();
            assertThat(s.scalars(select(OrphanAddress.class).where(OrphanAddress_.emailAddress.eq("foo"))).all())
                    .isEmpty();
            s.rollback();
            assertThat(s.deleted()).doesNotContain(a1);
            assertThat(u1.getAddresses()).containsExactly(a1);
        }
    }

    /** AutoExpireTest.test_commit_pending */
    @MatrixTest
    void test_commit_pending(TestDatabase db) {
        try (Session sess = new Session(local(db))) {
            OrphanUser u1 = new OrphanUser("newuser");
            sess.add(u1);
            sess.flush();
            sess.commit();
            assertThat(u1.getName()).isEqualTo("newuser");
        }
    }

    /** AutoExpireTest.test_concurrent_commit_pending */
    @MatrixTest
    void test_concurrent_commit_pending(TestDatabase db) {
        Engine engine = local(db);
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            OrphanUser u1 = new OrphanUser("edward");
            s1.add(u1);
            s1.commit();
            OrphanUser u2 = s2.scalars(select(OrphanUser.class).where(OrphanUser_.name.eq("edward"))).one();
            u2.setName("will");
            s2.commit();
            assertThat(u1.getName()).isEqualTo("will");
        }
    }

    // ------------------------------------------------------------------ RollbackRecoverTest

    /**
     * RollbackRecoverTest.test_pk_violation. SQLAlchemy: {@code assert_raises(sa_exc.IntegrityError, s.commit)}
     * after the warning "New instance … with identity key … conflicts with persistent instance".
     */
    @MatrixTest
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-known-identity-conflict",
            value = "FlushError before the INSERT instead of the database's IntegrityError")
    void test_pk_violation(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanAddress a1 = new OrphanAddress("foo");
            OrphanUser u1 = user("ed", a1);
            u1.setId(1);
            s.add(u1);
            s.commit();
            OrphanAddress a2 = new OrphanAddress("bar");
            OrphanUser u2 = user("jack", a2);
            u2.setId(1);
            u1.setName("edward");
            a1.setEmailAddress("foober");
            s.add(u2);
            assertThatThrownBy(s::commit).isInstanceOf(FlushError.class);
            assertThatThrownBy(s::commit).isInstanceOf(InvalidRequestError.class);
            s.rollback();
            assertThat(s.contains(u2)).isFalse();
            assertThat(s.contains(a2)).isFalse();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(a1)).isTrue();
            assertThat(u1.getName()).isEqualTo("ed");
            assertThat(a1.getEmailAddress()).isEqualTo("foo");
            u1.setName("edward");
            a1.setEmailAddress("foober");
            s.commit();
            List<OrphanUser> all = s.scalars(select(OrphanUser.class)).all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getId()).isEqualTo(1);
            assertThat(describe(all)).isEqualTo("edward[foober]");
        }
    }

    /**
     * RollbackRecoverTest.test_pk_violation_with_savepoint. SQLAlchemy: {@code IntegrityError} from the commit
     * (after the "New instance" warning); the savepoint's rollback then recovers.
     */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-known-identity-conflict",
            value = "FlushError before the INSERT instead of the database's IntegrityError")
    void test_pk_violation_with_savepoint(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanAddress a1 = new OrphanAddress("foo");
            OrphanUser u1 = user("ed", a1);
            u1.setId(1);
            s.add(u1);
            s.commit();
            OrphanAddress a2 = new OrphanAddress("bar");
            OrphanUser u2 = user("jack", a2);
            u2.setId(1);
            u1.setName("edward");
            a1.setEmailAddress("foober");
            SessionTransaction nt1 = s.beginNested();
            s.add(u2);
            assertThatThrownBy(s::commit).isInstanceOf(FlushError.class);
            assertThatThrownBy(s::commit).isInstanceOf(InvalidRequestError.class);
            nt1.rollback();
            assertThat(s.contains(u2)).isFalse();
            assertThat(s.contains(a2)).isFalse();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(a1)).isTrue();
            s.commit();
            List<OrphanUser> all = s.scalars(select(OrphanUser.class)).all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getId()).isEqualTo(1);
            assertThat(describe(all)).isEqualTo("edward[foober]");
        }
    }

    // ------------------------------------------------------------------ SavepointTest

    /** SavepointTest.test_savepoint_rollback */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_savepoint_rollback(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = new OrphanUser("ed");
            OrphanUser u2 = new OrphanUser("jack");
            s.addAll(List.of(u1, u2));
            SessionTransaction nt1 = s.beginNested();
            OrphanUser u3 = new OrphanUser("wendy");
            OrphanUser u4 = new OrphanUser("foo");
            u1.setName("edward");
            u2.setName("jackward");
            s.addAll(List.of(u3, u4));
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
            nt1.rollback();
            assertThat(u1.getName()).isEqualTo("ed");
            assertThat(u2.getName()).isEqualTo("jack");
            assertThat(names(s)).containsExactly("ed", "jack");
            s.commit();
            assertThat(u1.getName()).isEqualTo("ed");
            assertThat(u2.getName()).isEqualTo("jack");
            assertThat(names(s)).containsExactly("ed", "jack");
        }
    }

    /** SavepointTest.test_savepoint_delete */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_savepoint_delete(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = new OrphanUser("ed");
            s.add(u1);
            s.commit();
            assertThat(s.scalars(select(OrphanUser.class).where(OrphanUser_.name.eq("ed"))).all()).hasSize(1);
            s.beginNested();
            s.delete(u1);
            s.commit();
            assertThat(s.scalars(select(OrphanUser.class).where(OrphanUser_.name.eq("ed"))).all()).isEmpty();
            s.commit();
        }
    }

    /** SavepointTest.test_savepoint_commit */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_savepoint_commit(TestDatabase db) {
        Engine engine = local(db);
        try (Session s = new Session(engine)) {
            OrphanUser u1 = new OrphanUser("ed");
            OrphanUser u2 = new OrphanUser("jack");
            s.addAll(List.of(u1, u2));
            SessionTransaction nt1 = s.beginNested();
            OrphanUser u3 = new OrphanUser("wendy");
            OrphanUser u4 = new OrphanUser("foo");
            u1.setName("edward");
            u2.setName("jackward");
            s.addAll(List.of(u3, u4));
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
            nt1.commit();
            SqlRecorder log = SqlRecorder.on(engine);
            assertThat(u1.getName()).isEqualTo("edward");
            assertThat(u2.getName()).isEqualTo("jackward");
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
            assertThat(log.statements()).isEqualTo(1);
            engine.removeListener(log);
            s.commit();
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
        }
    }

    /** SavepointTest.test_savepoint_rollback_collections */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_savepoint_rollback_collections(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = user("ed", new OrphanAddress("foo"));
            s.add(u1);
            s.commit();
            u1.setName("edward");
            u1.getAddresses().add(new OrphanAddress("bar"));
            SessionTransaction nt1 = s.beginNested();
            OrphanUser u2 = user("jack", new OrphanAddress("bat"));
            s.add(u2);
            assertThat(describe(s.scalars(select(OrphanUser.class).orderBy(OrphanUser_.id)).all()))
                    .isEqualTo("edward[foo, bar]jack[bat]");
            nt1.rollback();
            assertThat(describe(s.scalars(select(OrphanUser.class).orderBy(OrphanUser_.id)).all()))
                    .isEqualTo("edward[foo, bar]");
            s.commit();
            assertThat(describe(s.scalars(select(OrphanUser.class).orderBy(OrphanUser_.id)).all()))
                    .isEqualTo("edward[foo, bar]");
        }
    }

    /** SavepointTest.test_savepoint_commit_collections */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_savepoint_commit_collections(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = user("ed", new OrphanAddress("foo"));
            s.add(u1);
            s.commit();
            u1.setName("edward");
            u1.getAddresses().add(new OrphanAddress("bar"));
            s.beginNested();
            OrphanUser u2 = user("jack", new OrphanAddress("bat"));
            s.add(u2);
            assertThat(describe(s.scalars(select(OrphanUser.class).orderBy(OrphanUser_.id)).all()))
                    .isEqualTo("edward[foo, bar]jack[bat]");
            s.commit();
            assertThat(describe(s.scalars(select(OrphanUser.class).orderBy(OrphanUser_.id)).all()))
                    .isEqualTo("edward[foo, bar]jack[bat]");
            s.commit();
            assertThat(describe(s.scalars(select(OrphanUser.class).orderBy(OrphanUser_.id)).all()))
                    .isEqualTo("edward[foo, bar]jack[bat]");
        }
    }

    /** SavepointTest.test_expunge_pending_on_rollback */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_expunge_pending_on_rollback_savepoint(TestDatabase db) {
        try (Session sess = new Session(local(db))) {
            sess.beginNested();
            OrphanUser u2 = new OrphanUser("newuser");
            sess.add(u2);
            assertThat(sess.contains(u2)).isTrue();
            sess.rollback();
            assertThat(sess.contains(u2)).isFalse();
        }
    }

    /** SavepointTest.test_update_deleted_on_rollback */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_update_deleted_on_rollback_savepoint(TestDatabase db) {
        try (Session s = new Session(local(db))) {
            OrphanUser u1 = new OrphanUser("ed");
            s.add(u1);
            s.commit();
            s.beginNested();
            s.delete(u1);
            assertThat(s.deleted()).contains(u1);
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.deleted()).doesNotContain(u1);
        }
    }

    // ------------------------------------------------------------------ AccountingFlagsTest

    /** AccountingFlagsTest.test_no_expire_on_commit */
    @MatrixTest
    void test_no_expire_on_commit(TestDatabase db) {
        try (Session sess = new Session(local(db), SessionOptions.DEFAULTS.withExpireOnCommit(false))) {
            OrphanUser u1 = new OrphanUser("ed");
            sess.add(u1);
            sess.commit();
            sess.execute(update(Fixtures.orphan().metadata().tableNamed("users"))
                    .where(Fixtures.orphan().metadata().tableNamed("users").c("name").eq("ed"))
                    .values(Map.of("name", "edward")));
            assertThat(u1.getName()).isEqualTo("ed");
            sess.expireAll();
            assertThat(u1.getName()).isEqualTo("edward");
        }
    }

    // ------------------------------------------------------------------ ContextManagerPlusFutureTest

    /** ContextManagerPlusFutureTest.test_contextmanager_nested_rollback */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_contextmanager_nested_rollback(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            assertThatThrownBy(() -> {
                try (SessionTransaction nested = sess.beginNested()) {
                    sess.add(new User());
                    sess.flush();
                    nested.commit();
                }
            }).isInstanceOf(DBAPIError.class);
            try (SessionTransaction nested = sess.beginNested()) {
                sess.add(new User("u1"));
                nested.commit();
            }
            assertThat(userCount(sess)).isEqualTo(1);
        }
    }

    /** ContextManagerPlusFutureTest.test_contextmanager_commit */
    @MatrixTest
    void test_contextmanager_commit(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            try (SessionTransaction trans = sess.begin()) {
                sess.add(new User("u1"));
                trans.commit();
            }
            sess.rollback();
            assertThat(userCount(sess)).isEqualTo(1);
        }
    }

    /** ContextManagerPlusFutureTest.test_contextmanager_rollback */
    @MatrixTest
    void test_contextmanager_rollback(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            assertThatThrownBy(() -> {
                try (SessionTransaction trans = sess.begin()) {
                    sess.add(new User());
                    trans.commit();
                }
            }).isInstanceOf(DBAPIError.class);
            assertThat(userCount(sess)).isEqualTo(0);
            sess.close();
            try (SessionTransaction trans = sess.begin()) {
                sess.add(new User("u1"));
                trans.commit();
            }
            assertThat(userCount(sess)).isEqualTo(1);
        }
    }

    /** ContextManagerPlusFutureTest.test_explicit_begin */
    @MatrixTest
    void test_explicit_begin(TestDatabase db) {
        try (Session s1 = new Session(Fixtures.engine(db))) {
            try (SessionTransaction trans = s1.begin()) {
                s1.connection();
                trans.commit();
            }
            assertThat(s1.inTransaction()).isFalse();
        }
    }

    /** ContextManagerPlusFutureTest.test_no_double_begin_explicit */
    @MatrixTest
    void test_no_double_begin_explicit(TestDatabase db) {
        try (Session s1 = new Session(Fixtures.engine(db))) {
            s1.begin();
            assertThatThrownBy(s1::begin).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("A transaction is already begun on this Session.");
        }
    }

    /** ContextManagerPlusFutureTest.test_rollback_is_global */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_rollback_is_global(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        var users = Fixtures.standard().metadata().tableNamed("users");
        try (Session s1 = new Session(engine)) {
            s1.begin();
            s1.connection().execute(insert(users), List.of(Map.of("id", 1, "name", "n1")));
            s1.beginNested();
            s1.connection().execute(insert(users), List.of(Map.of("id", 2, "name", "n2"), Map.of("id", 3, "name", "n3")));
            assertThat(((Number) s1.connection().execute(select(func.count()).selectFrom(users)).scalar()).intValue())
                    .isEqualTo(3);
            s1.rollback();
            assertThat(s1.inTransaction()).isFalse();
            assertThat(((Number) s1.connection().execute(select(func.count()).selectFrom(users)).scalar()).intValue())
                    .isEqualTo(0);
            s1.commit();
            assertThat(s1.inTransaction()).isFalse();
        }
    }

    // ------------------------------------------------------------------ TransactionFlagsTest

    /** TransactionFlagsTest.test_in_transaction */
    @MatrixTest
    @RequiresCapability(Capability.SAVEPOINTS)
    void test_in_transaction(TestDatabase db) {
        try (Session s1 = new Session(Fixtures.engine(db))) {
            assertThat(s1.inTransaction()).isFalse();
            s1.begin();
            assertThat(s1.inTransaction()).isTrue();
            SessionTransaction n1 = s1.beginNested();
            assertThat(s1.inTransaction()).isTrue();
            n1.rollback();
            assertThat(s1.inTransaction()).isTrue();
            s1.commit();
            assertThat(s1.inTransaction()).isFalse();
        }
    }
}
