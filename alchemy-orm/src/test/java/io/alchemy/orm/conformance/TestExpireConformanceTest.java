package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static io.alchemy.orm.Orm.inspect;
import static io.alchemy.orm.Orm.objectSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Order;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.exc.DetachedInstanceError;
import io.alchemy.orm.exc.ObjectDeletedError;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.Map;

/** SQLAlchemy's {@code test/orm/test_expire.py}: expire, refresh, and loading what was expired. */
@PortedFrom("test/orm/test_expire.py")
class TestExpireConformanceTest {
    private static final SessionOptions NO_AUTOFLUSH = SessionOptions.DEFAULTS.withAutoflush(false);

    private static Table table(String name) {
        return Fixtures.standard().metadata().tableNamed(name);
    }

    private static long statements(Engine engine, Runnable work) {
        SqlRecorder log = SqlRecorder.on(engine);
        try {
            work.run();
            return log.statements();
        } finally {
            engine.removeListener(log);
        }
    }

    /** ExpireTest.test_expire */
    @MatrixTest
    void test_expire(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session sess = new Session(engine, NO_AUTOFLUSH)) {
            User u = sess.get(User.class, 7);
            assertThat(u.getAddresses()).hasSize(1);
            u.setName("foo");
            u.getAddresses().remove(0);
            sess.expire(u);
            assertThat(inspect(u).unloaded()).contains("name");
            assertThat(statements(engine, () -> assertThat(u.getName()).isEqualTo("jack"))).isEqualTo(1);
            assertThat(inspect(u).unloaded()).doesNotContain("name");
            u.setName("foo");
            sess.flush();
            sess.execute(update(table("users")).values(Map.of("name", "jack")).where(table("users").c("id").eq(7)));
            sess.expire(u);
            assertThat(inspect(u).unloaded()).contains("name");
            sess.scalars(select(User.class)).all();
            assertThat(inspect(u).unloaded()).doesNotContain("name");
            assertThat(statements(engine, () -> assertThat(u.getName()).isEqualTo("jack"))).isZero();
        }
    }

    /** ExpireTest.test_expire_autoflush */
    @MatrixTest
    void test_expire_autoflush(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            Address a1 = s.get(Address.class, 2);
            User u1 = s.get(User.class, 7);
            a1.setUser(u1);
            s.expire(a1, "userId");
            assertThat(a1.getUserId()).isEqualTo(7);
        }
    }

    /** ExpireTest.test_persistence_check */
    @MatrixTest
    void test_persistence_check(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            User u = s.get(User.class, 7);
            s.expungeAll();
            assertThatThrownBy(() -> s.expire(u)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is not persistent within this Session");
        }
    }

    /** ExpireTest.test_get_refreshes */
    @MatrixTest
    void test_get_refreshes(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session s = new Session(engine)) {
            User u = s.get(User.class, 10);
            s.expireAll();
            assertThat(statements(engine, () -> s.get(User.class, 10))).isEqualTo(1);
            assertThat(statements(engine, () -> assertThat(u.getName()).isEqualTo("chuck"))).isZero();
            assertThat(statements(engine, () -> s.get(User.class, 10))).isZero();
        }
    }

    /** ExpireTest.test_get_on_deleted_expunges */
    @MatrixTest
    void test_get_on_deleted_expunges(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            User u = s.get(User.class, 10);
            s.expireAll();
            s.execute(delete(table("users")).where(table("users").c("id").eq(10)));
            assertThat(s.contains(u)).isTrue();
            assertThat(s.get(User.class, 10)).isNull();
            assertThat(s.contains(u)).isFalse();
        }
    }

    /** ExpireTest.test_refresh_on_deleted_raises */
    @MatrixTest
    void test_refresh_on_deleted_raises(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            User u = s.get(User.class, 10);
            s.expireAll();
            s.expireAll();
            s.execute(delete(table("users")).where(table("users").c("id").eq(10)));
            assertThatThrownBy(u::getName).isInstanceOf(ObjectDeletedError.class)
                    .hasMessageMatching("Instance '<User at .*?>' has been deleted, or its row is otherwise not "
                            + "present.");
        }
    }

    /** ExpireTest.test_rollback_undoes_expunge_from_deleted */
    @MatrixTest
    void test_rollback_undoes_expunge_from_deleted(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            User u = s.get(User.class, 10);
            s.expireAll();
            s.execute(delete(table("users")).where(table("users").c("id").eq(10)));
            assertThat(s.get(User.class, 10)).isNull();
            assertThat(s.contains(u)).isFalse();
            s.rollback();
            assertThat(s.contains(u)).isTrue();
            assertThat(u.getName()).isEqualTo("chuck");
        }
    }

    /** ExpireTest.test_refresh_cancels_expire */
    @MatrixTest
    void test_refresh_cancels_expire(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session s = new Session(engine)) {
            User u = s.get(User.class, 7);
            s.expire(u);
            s.refresh(u);
            assertThat(statements(engine, () -> assertThat(s.get(User.class, 7).getName()).isEqualTo("jack"))).isZero();
        }
    }

    /** ExpireTest.test_expire_doesntload_on_set */
    @MatrixTest
    void test_expire_doesntload_on_set(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session sess = new Session(engine, NO_AUTOFLUSH)) {
            User u = sess.get(User.class, 7);
            sess.expire(u, "name");
            assertThat(statements(engine, () -> u.setName("somenewname"))).isZero();
            sess.flush();
            sess.expungeAll();
            assertThat(sess.get(User.class, 7).getName()).isEqualTo("somenewname");
        }
    }

    /** ExpireTest.test_no_session */
    @MatrixTest
    void test_no_session(TestDatabase db) {
        try (Session sess = new Session(Fixtures.withData(db))) {
            User u = sess.get(User.class, 7);
            sess.expire(u, "name");
            sess.expunge(u);
            assertThatThrownBy(u::getName).isInstanceOf(DetachedInstanceError.class);
        }
    }

    /** ExpireTest.test_pending_raises */
    @MatrixTest
    void test_pending_raises(TestDatabase db) {
        try (Session sess = new Session(Fixtures.withData(db))) {
            User u = new User();
            u.setId(15);
            sess.add(u);
            assertThatThrownBy(() -> sess.expire(u, "name")).isInstanceOf(InvalidRequestError.class);
        }
    }

    /** ExpireTest.test_expire_committed */
    @MatrixTest
    void test_expire_committed(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session sess = new Session(engine, NO_AUTOFLUSH)) {
            Order o = sess.get(Order.class, 3);
            sess.expire(o);
            sess.execute(update(table("orders")).values(Map.of("description", "order 3 modified")));
            assertThat(o.getIsopen()).isEqualTo(1);
            assertThat(o.getDescription()).isEqualTo("order 3 modified");
            assertThat(statements(engine, sess::flush)).isZero();
        }
    }

    /** ExpireTest.test_expire_cascade: addresses cascade="all, refresh-expire" */
    @MatrixTest
    void test_expire_cascade(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db, Fixtures.orphan()), NO_AUTOFLUSH)) {
            OrphanUser u = s.get(OrphanUser.class, 8);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
            u.getAddresses().get(0).setEmailAddress("someotheraddress");
            s.expire(u);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
        }
    }

    /** ExpireTest.test_refresh_cascade: addresses cascade="all, refresh-expire" */
    @MatrixTest
    void test_refresh_cascade(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db, Fixtures.orphan()), NO_AUTOFLUSH)) {
            OrphanUser u = s.get(OrphanUser.class, 8);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
            u.getAddresses().get(0).setEmailAddress("someotheraddress");
            s.refresh(u);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
        }
    }

    private void cascadeToPendingOrphan(TestDatabase db, boolean expire) {
        try (Session s = new Session(Fixtures.withData(db, Fixtures.orphan()), NO_AUTOFLUSH)) {
            OrphanUser u = s.get(OrphanUser.class, 8);
            OrphanAddress a = new OrphanAddress("foobar");
            a.setId(12);
            u.getAddresses().add(a);
            if (expire) {
                s.expire(u);
            } else {
                s.refresh(u);
            }
            assertThat(s.contains(a)).isFalse();
            assertThat(u.getAddresses()).doesNotContain(a);
            s.flush();
        }
    }

    /** ExpireTest.test_expire_cascade_pending_orphan (cascade "all, delete-orphan" includes refresh-expire) */
    @MatrixTest
    void test_expire_cascade_pending_orphan(TestDatabase db) {
        cascadeToPendingOrphan(db, true);
    }

    /** ExpireTest.test_refresh_cascade_pending_orphan (cascade "all, delete-orphan" includes refresh-expire) */
    @MatrixTest
    void test_refresh_cascade_pending_orphan(TestDatabase db) {
        cascadeToPendingOrphan(db, false);
    }

    /** ExpireTest.test_expired_lazy */
    @MatrixTest
    void test_expired_lazy(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session sess = new Session(engine)) {
            User u = sess.get(User.class, 7);
            sess.expire(u);
            assertThat(inspect(u).unloaded()).contains("name", "addresses");
            assertThat(statements(engine, () -> {
                assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("jack@bean.com");
                assertThat(u.getName()).isEqualTo("jack");
            })).isEqualTo(2);
            assertThat(inspect(u).unloaded()).doesNotContain("name");
        }
    }

    // ------------------------------------------------------------------ RefreshTest

    /** RefreshTest.test_refresh */
    @MatrixTest
    void test_refresh(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db), NO_AUTOFLUSH)) {
            User u = s.get(User.class, 7);
            u.setName("foo");
            Address a = new Address();
            assertThat(objectSession(a)).isNull();
            u.getAddresses().add(a);
            assertThat(a.getEmailAddress()).isNull();
            assertThat(u.getAddresses()).contains(a);
            s.refresh(u);
            assertThat(s.dirty()).doesNotContain(u);
            assertThat(u.getName()).isEqualTo("jack");
            assertThat(u.getAddresses()).doesNotContain(a);
            u.setName("foo");
            u.getAddresses().add(a);
            assertThat(s.dirty()).contains(u);
            assertThat(u.getName()).isEqualTo("foo");
            assertThat(u.getAddresses()).contains(a);
            s.expire(u);
            assertThat(u.getName()).isEqualTo("jack");
            assertThat(u.getAddresses()).doesNotContain(a);
        }
    }

    /** RefreshTest.test_persistence_check */
    @MatrixTest
    void test_persistence_check_refresh(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            User u = s.get(User.class, 7);
            s.expungeAll();
            assertThatThrownBy(() -> s.refresh(u)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is not persistent within this Session");
        }
    }

    /** RefreshTest.test_refresh_autoflush */
    @MatrixTest
    void test_refresh_autoflush(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            Address a1 = s.get(Address.class, 2);
            User u1 = s.get(User.class, 7);
            a1.setUser(u1);
            s.refresh(a1, "userId");
            assertThat(a1.getUserId()).isEqualTo(7);
        }
    }

    /** RefreshTest.test_refresh_expired */
    @MatrixTest
    void test_refresh_expired(TestDatabase db) {
        try (Session s = new Session(Fixtures.withData(db))) {
            User u = s.get(User.class, 7);
            s.expire(u);
            assertThat(inspect(u).unloaded()).contains("name");
            s.refresh(u);
            assertThat(u.getName()).isEqualTo("jack");
        }
    }

    /** RefreshTest.test_refresh_with_lazy */
    @MatrixTest
    void test_refresh_with_lazy(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session s = new Session(engine)) {
            User u = s.get(User.class, 8);
            assertThat(statements(engine, () -> s.refresh(u))).isEqualTo(1);
        }
    }

    /** ExpireTest.test_partial_expire (committed_state checks read as isModified) */
    @MatrixTest
    void test_partial_expire(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session sess = new Session(engine, NO_AUTOFLUSH)) {
            Order o = sess.get(Order.class, 3);
            sess.expire(o, "description");
            assertThat(inspect(o).unloaded()).doesNotContain("id").contains("description");
            assertThat(o.getIsopen()).isEqualTo(1);
            sess.execute(update(table("orders")).where(table("orders").c("id").eq(3))
                    .values(Map.of("description", "order 3 modified")));
            assertThat(statements(engine, () -> assertThat(o.getDescription()).isEqualTo("order 3 modified")))
                    .isEqualTo(1);
            o.setIsopen(5);
            sess.expire(o, "description");
            assertThat(inspect(o).unloaded()).doesNotContain("id").contains("description");
            assertThat(statements(engine, () -> assertThat(o.getDescription()).isEqualTo("order 3 modified")))
                    .isEqualTo(1);
            assertThat(o.getIsopen()).isEqualTo(5);
            assertThat(sess.isModified(o)).isTrue();
            sess.flush();
            sess.expire(o, "id", "isopen", "description");
            assertThat(inspect(o).unloaded()).contains("id", "isopen", "description");
            assertThat(statements(engine, () -> {
                assertThat(o.getDescription()).isEqualTo("order 3 modified");
                assertThat(o.getId()).isEqualTo(3);
                assertThat(o.getIsopen()).isEqualTo(5);
            })).isEqualTo(1);
        }
    }

    /** ExpireTest.test_relationships_load_on_query (a plain query; the joinedload option only adds the join) */
    @MatrixTest
    void test_relationships_load_on_query(TestDatabase db) {
        try (Session sess = new Session(Fixtures.withData(db), NO_AUTOFLUSH)) {
            User u = sess.get(User.class, 8);
            assertThat(inspect(u).unloaded()).doesNotContain("name");
            u.getAddresses().size();
            assertThat(inspect(u).unloaded()).doesNotContain("addresses");
            sess.expire(u, "name", "addresses");
            assertThat(inspect(u).unloaded()).contains("name", "addresses");
            sess.scalars(select(User.class).where(io.alchemy.orm.conformance.model.User_.id.eq(8))
                    .options(io.alchemy.orm.LoaderOptions.joinedload(io.alchemy.orm.conformance.model.User_.addresses)))
                    .all();
            assertThat(inspect(u).unloaded()).doesNotContain("name", "addresses");
        }
    }
}
