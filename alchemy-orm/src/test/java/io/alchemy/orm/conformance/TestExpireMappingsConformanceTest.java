package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's {@code test/orm/test_expire.py}: the cases whose mapping differs from the standard one (joined eager
 * addresses, addresses ordered by e-mail) or that use it with pending objects ({@code ExpiredPendingTest}); the
 * mappings are the packages {@code conformance.model.joined}, {@code joinedorphan} and {@code emailorder}.
 */
@PortedFrom("test/orm/test_expire.py")
class TestExpireMappingsConformanceTest {
    private static final SessionOptions NO_AUTOFLUSH = SessionOptions.DEFAULTS.withAutoflush(false);

    private static long statements(Engine engine, Runnable work) {
        SqlRecorder log = SqlRecorder.on(engine);
        try {
            work.run();
            return log.statements();
        } finally {
            engine.removeListener(log);
        }
    }

    private static Engine joined(TestDatabase db) {
        Registry registry = Fixtures.mapping(io.alchemy.orm.conformance.model.joined.User.class,
                io.alchemy.orm.conformance.model.joined.Address.class);
        return Fixtures.withData(db, registry);
    }

    /** ExpireTest.test_relationship_changes_preserved */
    @MatrixTest
    void test_relationship_changes_preserved(TestDatabase db) {
        try (Session sess = new Session(joined(db), NO_AUTOFLUSH)) {
            var u = sess.get(io.alchemy.orm.conformance.model.joined.User.class, 8);
            sess.expire(u, "name", "addresses");
            u.getAddresses();
            assertThat(inspect(u).unloaded()).contains("name");
            u.getAddresses().remove(1);
            u.getName();
            assertThat(inspect(u).unloaded()).doesNotContain("name");
            assertThat(u.getAddresses()).hasSize(2);
        }
    }

    /** ExpireTest.test_expired_eager */
    @MatrixTest
    void test_expired_eager(TestDatabase db) {
        Engine engine = joined(db);
        try (Session sess = new Session(engine)) {
            var u = sess.get(io.alchemy.orm.conformance.model.joined.User.class, 7);
            sess.expire(u);
            assertThat(inspect(u).unloaded()).contains("name", "addresses");
            // one load, due to #1763 allows joinedload to take over
            assertThat(statements(engine, () -> {
                assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("jack@bean.com");
                assertThat(u.getName()).isEqualTo("jack");
            })).isEqualTo(1);
            assertThat(inspect(u).unloaded()).doesNotContain("name", "addresses");
            sess.expire(u, "name", "addresses");
            assertThat(inspect(u).unloaded()).contains("name", "addresses");
            // one load, since relationship() + scalar are together when eager load used with Query
            assertThat(statements(engine, () -> {
                sess.scalars(select(io.alchemy.orm.conformance.model.joined.User.class)
                        .where(io.alchemy.orm.conformance.model.joined.User_.id.eq(7))).one();
                assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("jack@bean.com");
                assertThat(u.getName()).isEqualTo("jack");
            })).isEqualTo(1);
        }
    }

    /** ExpireTest.test_joinedload_query_refreshes */
    @MatrixTest
    void test_joinedload_query_refreshes(TestDatabase db) {
        try (Session sess = new Session(joined(db), NO_AUTOFLUSH)) {
            var u = sess.get(io.alchemy.orm.conformance.model.joined.User.class, 8);
            assertThat(u.getAddresses()).hasSize(3);
            sess.expire(u);
            assertThat(inspect(u).unloaded()).contains("addresses");
            sess.scalars(select(io.alchemy.orm.conformance.model.joined.User.class)
                    .where(io.alchemy.orm.conformance.model.joined.User_.id.eq(8))).all();
            assertThat(inspect(u).unloaded()).doesNotContain("addresses");
            assertThat(u.getAddresses()).hasSize(3);
        }
    }

    /** RefreshTest.test_refresh_with_eager */
    @MatrixTest
    void test_refresh_with_eager(TestDatabase db) {
        Engine engine = joined(db);
        try (Session s = new Session(engine)) {
            var u = s.get(io.alchemy.orm.conformance.model.joined.User.class, 8);
            assertThat(u.getAddresses()).hasSize(3);
            s.refresh(u);
            assertThat(u.getAddresses()).hasSize(3);
        }
        try (Session s = new Session(engine)) {
            var u = s.get(io.alchemy.orm.conformance.model.joined.User.class, 8);
            assertThat(u.getAddresses()).hasSize(3);
            s.expire(u);
            assertThat(u.getAddresses()).hasSize(3);
        }
    }

    /** RefreshTest.test_refresh2 */
    @MatrixTest
    void test_refresh2(TestDatabase db) {
        Registry registry = Fixtures.mapping(io.alchemy.orm.conformance.model.joinedorphan.User.class,
                io.alchemy.orm.conformance.model.joinedorphan.Address.class);
        try (Session s = new Session(Fixtures.engine(db, registry))) {
            var u = new io.alchemy.orm.conformance.model.joinedorphan.User();
            u.setName("Justin");
            var a = new io.alchemy.orm.conformance.model.joinedorphan.Address("lala");
            a.setId(10);
            u.getAddresses().add(a);
            s.add(u);
            s.flush();
            s.expungeAll();
            var u2 = s.scalars(select(io.alchemy.orm.conformance.model.joinedorphan.User.class)
                    .where(io.alchemy.orm.conformance.model.joinedorphan.User_.name.eq("Justin"))).one();
            s.expire(u2);
            assertThat(u2.getName()).isEqualTo("Justin");
            s.refresh(u2);
        }
    }

    /** ExpireTest.test_lazyload_autoflushes */
    @MatrixTest
    void test_lazyload_autoflushes(TestDatabase db) {
        Registry registry = Fixtures.mapping(io.alchemy.orm.conformance.model.emailorder.User.class,
                io.alchemy.orm.conformance.model.emailorder.Address.class);
        try (Session s = new Session(Fixtures.withData(db, registry))) {
            var u = s.get(io.alchemy.orm.conformance.model.emailorder.User.class, 8);
            assertThat(u.getAddresses()).extracting(io.alchemy.orm.conformance.model.emailorder.Address::getEmailAddress)
                    .containsExactly("ed@bettyboop.com", "ed@lala.com", "ed@wood.com");
            var a1 = u.getAddresses().get(2);
            a1.setEmailAddress("aaaaa");
            s.expire(u, "addresses");
            assertThat(u.getAddresses()).extracting(io.alchemy.orm.conformance.model.emailorder.Address::getEmailAddress)
                    .containsExactly("aaaaa", "ed@bettyboop.com", "ed@lala.com");
        }
    }

    /** ExpireTest.test_partial_expire_lazy */
    @MatrixTest
    void test_partial_expire_lazy(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        try (Session sess = new Session(engine, NO_AUTOFLUSH)) {
            User u = sess.get(User.class, 8);
            sess.expire(u, "name", "addresses");
            assertThat(inspect(u).unloaded()).contains("name", "addresses");
            // hit the lazy loader. just does the lazy load, doesn't do the overall refresh
            assertThat(statements(engine,
                    () -> assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com"))).isEqualTo(1);
            assertThat(inspect(u).unloaded()).contains("name");
            // check that mods to expired lazy-load attributes only do the lazy load
            sess.expire(u, "name", "addresses");
            assertThat(statements(engine, () -> {
                Address a = new Address("foo@bar.com");
                a.setId(10);
                u.setAddresses(new ArrayList<>(List.of(a)));
            })).isEqualTo(1);
            sess.flush();
            // flush has occurred, and addresses was modified, so the addresses collection got committed and is
            // longer expired
            assertThat(statements(engine, () -> {
                assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("foo@bar.com");
                assertThat(u.getAddresses()).hasSize(1);
            })).isZero();
            // but the name attribute was never loaded and so still loads
            assertThat(statements(engine, () -> assertThat(u.getName()).isEqualTo("ed"))).isEqualTo(1);
        }
    }

    /** ExpiredPendingTest.test_expired_pending */
    @MatrixTest
    void test_expired_pending(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db), NO_AUTOFLUSH)) {
            Address a1 = new Address("a1");
            sess.add(a1);
            sess.flush();
            User u1 = new User("u1");
            a1.setUser(u1);
            sess.flush();
            // expire 'addresses'. backrefs which attach to u1 will expect to be "pending"
            sess.expire(u1, "addresses");
            // attach an Address. now its "pending" in user.addresses
            Address a2 = new Address("a2");
            a2.setUser(u1);
            // needed now that cascade backrefs is disabled
            sess.add(a2);
            // expire u1.addresses again. this expires "pending" as well.
            sess.expire(u1, "addresses");
            // insert a new row
            sess.execute(insert(Fixtures.standard().metadata().tableNamed("addresses")),
                    Map.of("email_address", "a3", "user_id", u1.getId()));
            // only two addresses pulled from the DB, no "pending"
            assertThat(u1.getAddresses()).hasSize(2);
            sess.flush();
            sess.expireAll();
            assertThat(u1.getAddresses()).hasSize(3);
        }
    }

    /** ExpireTest.test_mapper_joinedload_props_load */
    @MatrixTest
    void test_mapper_joinedload_props_load(TestDatabase db) {
        try (Session sess = new Session(joined(db))) {
            var u = sess.get(io.alchemy.orm.conformance.model.joined.User.class, 8);
            sess.expire(u);
            u.getId();
            assertThat(inspect(u).unloaded()).doesNotContain("addresses");
            u.getAddresses();
            assertThat(inspect(u).unloaded()).doesNotContain("addresses");
        }
    }

    /** ExpireTest.test_joinedload_props_load_two */
    @MatrixTest
    void test_joinedload_props_load_two(TestDatabase db) {
        Engine engine = joined(db);
        try (Session sess = new Session(engine)) {
            var u = sess.get(io.alchemy.orm.conformance.model.joined.User.class, 8);
            sess.expire(u);
            // here, the lazy loader will encounter the attribute already loaded when it goes to get the PK, so the
            // loader itself needs to no longer fire off.
            assertThat(statements(engine, () -> {
                u.getAddresses();
                assertThat(inspect(u).unloaded()).doesNotContain("addresses", "id");
            })).isEqualTo(1);
        }
    }

    /** ExpireTest.test_unexpire_eager_dont_overwrite_related */
    @MatrixTest
    void test_unexpire_eager_dont_overwrite_related(TestDatabase db) {
        try (Session sess = new Session(joined(db), NO_AUTOFLUSH)) {
            var u = sess.get(io.alchemy.orm.conformance.model.joined.User.class, 7);
            var a1 = u.getAddresses().get(0);
            assertThat(a1.getEmailAddress()).isEqualTo("jack@bean.com");
            sess.expire(u);
            a1.setEmailAddress("foo");
            assertThat(u.getAddresses()).contains(a1);
            assertThat(a1.getEmailAddress()).isEqualTo("foo");
            assertThat(sess.dirty()).contains(a1);
        }
    }
}
