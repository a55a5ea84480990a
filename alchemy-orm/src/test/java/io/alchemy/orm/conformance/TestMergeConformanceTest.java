package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Item;
import io.alchemy.orm.conformance.model.Order;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.conformance.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.function.Supplier;

/**
 * SQLAlchemy's {@code test/orm/test_merge.py}: {@code Session.merge}. SQLAlchemy's {@code load_tracker} counts (load
 * events) are not asserted: Alchemy has no load event; the outcomes are.
 */
@PortedFrom("test/orm/test_merge.py")
class TestMergeConformanceTest {
    private static final SessionOptions NO_EXPIRE = SessionOptions.DEFAULTS.withExpireOnCommit(false);

    private static User user(Integer id, String name, Address... addresses) {
        User user = new User(name);
        user.setId(id);
        for (Address address : addresses) {
            user.getAddresses().add(address);
        }
        return user;
    }

    private static Address address(Integer id, String email) {
        Address address = new Address(email);
        address.setId(id);
        return address;
    }

    private static String describe(User u) {
        return u.getId() + ":" + u.getName() + u.getAddresses().stream().map(Address::getEmailAddress).sorted().toList();
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

    private static <T> T counting(Engine engine, long expected, Supplier<T> work) {
        SqlRecorder log = SqlRecorder.on(engine);
        try {
            T result = work.get();
            assertThat(log.statements()).as("statements").isEqualTo(expected);
            return result;
        } finally {
            engine.removeListener(log);
        }
    }

    /** MergeTest.test_transient_to_pending */
    @MatrixTest
    void test_transient_to_pending(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = user(7, "fred");
            User u2 = sess.merge(u);
            assertThat(sess.contains(u2)).isTrue();
            assertThat(describe(u2)).isEqualTo("7:fred[]");
            sess.flush();
            sess.expungeAll();
            assertThat(describe(sess.scalars(select(User.class)).first())).isEqualTo("7:fred[]");
        }
    }

    /** MergeTest.test_transient_to_pending_no_pk */
    @MatrixTest
    void test_transient_to_pending_no_pk(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u = new User("fred");
            assertThat(statements(engine, () -> sess.merge(u))).isZero();
        }
    }

    /** MergeTest.test_transient_to_pending_collection (a list instead of collection_class=set) */
    @MatrixTest
    void test_transient_to_pending_collection(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = user(7, "fred", address(1, "fred1"), address(2, "fred2"));
            User merged = sess.merge(u);
            assertThat(merged).isNotSameAs(u);
            assertThat(sess.newObjects().stream().filter(o -> o instanceof User).toList()).containsExactly(merged);
            sess.flush();
            sess.expungeAll();
            assertThat(describe(sess.scalars(select(User.class)).one())).isEqualTo("7:fred[fred1, fred2]");
        }
    }

    /** MergeTest.test_transient_non_mutated_collection */
    @MatrixTest
    void test_transient_non_mutated_collection(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            User u = user(7, "fred", address(1, "jack@bean.com"));
            s.add(u);
            s.commit();
            s.close();
            u = user(7, "fred");
            assertThat(u.getAddresses()).isEmpty();
            User u2 = s.merge(u);
            assertThat(u2.getAddresses()).hasSize(1);
        }
    }

    /** MergeTest.test_transient_to_pending_collection_pk_none */
    @MatrixTest
    void test_transient_to_pending_collection_pk_none(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = user(null, "fred", address(null, "fred1"), address(null, "fred2"));
            User merged = sess.merge(u);
            assertThat(merged).isNotSameAs(u);
            assertThat(sess.newObjects().stream().filter(o -> o instanceof User).toList()).hasSize(1);
            sess.flush();
            sess.expungeAll();
            User one = sess.scalars(select(User.class)).one();
            assertThat(one.getName()).isEqualTo("fred");
            assertThat(one.getAddresses().stream().map(Address::getEmailAddress).sorted().toList())
                    .containsExactly("fred1", "fred2");
        }
    }

    /** MergeTest.test_transient_to_persistent */
    @MatrixTest
    void test_transient_to_persistent(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = user(7, "fred");
            sess.add(u);
            sess.flush();
            sess.expungeAll();
            User given = user(7, "fred jones");
            User u2 = sess.merge(given);
            assertThat(u2).isNotSameAs(given);
            sess.flush();
            sess.expungeAll();
            assertThat(describe(sess.scalars(select(User.class)).first())).isEqualTo("7:fred jones[]");
        }
    }

    /** MergeTest.test_transient_to_persistent_collection: addresses with cascade="all, delete-orphan" */
    @MatrixTest
    void test_transient_to_persistent_collection(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db, Fixtures.orphan()))) {
            OrphanUser u = orphanUser(7, "fred", orphanAddress(1, "fred1"), orphanAddress(2, "fred2"));
            sess.add(u);
            sess.flush();
            sess.expungeAll();
            u = orphanUser(7, "fred", orphanAddress(3, "fred3"), orphanAddress(4, "fred4"));
            u = sess.merge(u);
            assertThat(describeOrphan(u)).isEqualTo("7:fred[fred3, fred4]");
            sess.flush();
            sess.expungeAll();
            assertThat(describeOrphan(sess.scalars(select(OrphanUser.class)).one())).isEqualTo("7:fred[fred3, fred4]");
        }
    }

    private static OrphanUser orphanUser(Integer id, String name, OrphanAddress... addresses) {
        OrphanUser user = new OrphanUser(name);
        user.setId(id);
        for (OrphanAddress address : addresses) {
            user.getAddresses().add(address);
        }
        return user;
    }

    private static OrphanAddress orphanAddress(Integer id, String email) {
        OrphanAddress address = new OrphanAddress(email);
        address.setId(id);
        return address;
    }

    private static String describeOrphan(OrphanUser u) {
        return u.getId() + ":" + u.getName()
                + u.getAddresses().stream().map(OrphanAddress::getEmailAddress).sorted().toList();
    }

    /** MergeTest.test_detached_to_persistent_collection */
    @MatrixTest
    void test_detached_to_persistent_collection(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            Address a = address(1, "fred1");
            User u = user(7, "fred", a, address(2, "fred2"));
            sess.add(u);
            sess.flush();
            sess.expungeAll();
            u.setName("fred jones");
            u.getAddresses().add(address(3, "fred3"));
            u.getAddresses().remove(a);
            u = sess.merge(u);
            sess.flush();
            sess.expungeAll();
            assertThat(describe(sess.scalars(select(User.class)).first())).isEqualTo("7:fred jones[fred2, fred3]");
        }
    }

    /** MergeTest.test_unsaved_cascade: addresses cascade="all" */
    @MatrixTest
    void test_unsaved_cascade(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db, Fixtures.orphan()))) {
            OrphanUser u = orphanUser(7, "fred");
            OrphanAddress a1 = new OrphanAddress("foo@bar.com");
            OrphanAddress a2 = new OrphanAddress("hoho@bar.com");
            u.getAddresses().add(a1);
            u.getAddresses().add(a2);
            OrphanUser u2 = sess.merge(u);
            assertThat(describeOrphan(u)).isEqualTo("7:fred[foo@bar.com, hoho@bar.com]");
            assertThat(describeOrphan(u2)).isEqualTo("7:fred[foo@bar.com, hoho@bar.com]");
            sess.flush();
            sess.expungeAll();
            u2 = sess.get(OrphanUser.class, 7);
            assertThat(describeOrphan(u2)).isEqualTo("7:fred[foo@bar.com, hoho@bar.com]");
        }
    }

    /** MergeTest.test_one_to_many_cascade */
    @MatrixTest
    void test_one_to_many_cascade(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        User u;
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            u = new User("fred");
            Address a1 = new Address("foo@bar");
            Address a2 = new Address("foo@quux");
            u.getAddresses().addAll(List.of(a1, a2));
            sess.add(u);
            sess.commit();
        }
        try (Session sess2 = new Session(engine)) {
            User u2 = sess2.get(User.class, u.getId());
            u.getAddresses().get(1).setEmailAddress("addr 2 modified");
            sess2.merge(u);
            assertThat(u2.getAddresses().get(1).getEmailAddress()).isEqualTo("addr 2 modified");
        }
        try (Session sess3 = new Session(engine)) {
            User u3 = sess3.get(User.class, u.getId());
            u.setName("also fred");
            sess3.merge(u);
            assertThat(u3.getName()).isEqualTo("also fred");
        }
    }

    /** MergeTest.test_many_to_many_cascade */
    @MatrixTest
    void test_many_to_many_cascade(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        Order o;
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            Item i1 = new Item();
            i1.setDescription("item 1");
            Item i2 = new Item();
            i2.setDescription("item 2");
            o = new Order();
            o.setDescription("order description");
            o.getItems().add(i1);
            o.getItems().add(i2);
            sess.add(o);
            sess.commit();
        }
        try (Session sess2 = new Session(engine, NO_EXPIRE)) {
            Order o2 = sess2.get(Order.class, o.getId());
            o.getItems().get(1).setDescription("item 2 modified");
            sess2.merge(o);
            assertThat(o2.getItems().get(1).getDescription()).isEqualTo("item 2 modified");
        }
        try (Session sess3 = new Session(engine, NO_EXPIRE)) {
            Order o3 = sess3.get(Order.class, o.getId());
            o.setDescription("desc modified");
            sess3.merge(o);
            assertThat(o3.getDescription()).isEqualTo("desc modified");
        }
    }

    /**
     * MergeTest.test_value_to_none. SQLAlchemy: merging {@code User(id=7, name=None, address=None)} gives
     * {@code u3.name is None}, and merging {@code Address(id=1, user=None)} gives {@code a2.user is None}.
     */
    @MatrixTest
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-merge-null-means-unset",
            value = "on a new object a null attribute counts as never set, so merge leaves the stored value alone")
    void test_value_to_none(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = user(7, "fred", address(1, "foo@bar.com"));
            sess.add(u);
            sess.commit();
            sess.close();
            User u2 = new User();
            u2.setId(7);
            u2.setName(null);
            User u3 = sess.merge(u2);
            assertThat(u3.getName()).isEqualTo("fred");
            sess.close();
            Address a1 = new Address();
            a1.setId(1);
            a1.setUser(null);
            Address a2 = sess.merge(a1);
            assertThat(a2.getUser().getId()).isEqualTo(7);
        }
    }

    /** MergeTest.test_transient_no_load */
    @MatrixTest
    void test_transient_no_load(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = new User();
            assertThatThrownBy(() -> sess.merge(u, false)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("load=False option does not support");
        }
    }

    /** MergeTest.test_no_load_with_backrefs */
    @MatrixTest
    void test_no_load_with_backrefs(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        User u = user(7, "fred", new Address("ad1"), new Address("ad2"));
        Session sess = new Session(engine);
        sess.add(u);
        sess.flush();
        sess.close();
        assertThat(inspect(u.getAddresses().get(1)).unloaded()).doesNotContain("user");
        sess = new Session(engine);
        User u2 = sess.merge(u, false);
        assertThat(inspect(u2.getAddresses().get(1)).unloaded()).doesNotContain("user");
        assertThat(u2.getAddresses().get(1).getUser().getId()).isEqualTo(7);
        assertThat(u2.getAddresses().get(1).getUser().getName()).isEqualTo("fred");
        sess.expire(u2.getAddresses().get(1), "user");
        assertThat(inspect(u2.getAddresses().get(1)).unloaded()).contains("user");
        sess.close();
        sess = new Session(engine);
        u = sess.merge(u2, false);
        assertThat(inspect(u.getAddresses().get(1)).unloaded()).contains("user");
        assertThat(u.getAddresses().get(1).getUser().getId()).isEqualTo(7);
        assertThat(u.getAddresses().get(1).getUser().getName()).isEqualTo("fred");
        sess.close();
    }

    /** MergeTest.test_no_load_disallows_dirty */
    @MatrixTest
    void test_no_load_disallows_dirty(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        User u;
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            u = user(7, "fred");
            sess.add(u);
            sess.commit();
        }
        u.setName("ed");
        Session sess2 = new Session(engine);
        User dirty = u;
        assertThatThrownBy(() -> sess2.merge(dirty, false)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("merge() with load=False option does not support objects marked as 'dirty'.  "
                        + "flush() all changes on mapped instances before merging with load=False.");
        User u2 = sess2.get(User.class, 7);
        Session sess3 = new Session(engine);
        sess3.merge(u2, false);
        assertThat(sess3.dirty()).isEmpty();
        assertThat(statements(engine, sess3::flush)).isZero();
        sess2.close();
        sess3.close();
    }

    /** MergeTest.test_no_load_sets_backrefs */
    @MatrixTest
    void test_no_load_sets_backrefs(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine); Session sess2 = new Session(engine)) {
            User u = user(7, "fred");
            Address a1 = new Address();
            a1.setEmailAddress("foo@bar.com");
            u.getAddresses().add(a1);
            sess.add(u);
            sess.flush();
            assertThat(u.getAddresses().get(0).getUser()).isSameAs(u);
            User u2 = sess2.merge(u, false);
            assertThat(sess2.dirty()).isEmpty();
            assertThat(statements(engine, () -> assertThat(u2.getAddresses().get(0).getUser()).isSameAs(u2))).isZero();
        }
    }

    /** MergeTest.test_cascade_doesnt_blowaway_manytoone */
    @MatrixTest
    void test_cascade_doesnt_blowaway_manytoone(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            Address a1 = new Address("x");
            a1.setUser(s.merge(user(1, "ed")));
            s.add(a1);
            User before = a1.getUser();
            Address a2 = new Address("x");
            a2.setUser(s.merge(user(1, "jack")));
            s.add(a2);
            User after = a1.getUser();
            User other = a2.getUser();
            assertThat(before).isSameAs(other);
            assertThat(after).isSameAs(other);
            assertThat(before).isSameAs(after);
            assertThat(a1.getUser()).isSameAs(a2.getUser());
        }
    }

    /** MergeTest.test_cascades_dont_autoflush */
    @MatrixTest
    void test_cascades_dont_autoflush(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = user(8, "fred", new Address("user"));
            User merged = sess.merge(u);
            assertThat(sess.newObjects()).contains(merged);
            sess.flush();
            assertThat(sess.newObjects()).doesNotContain(merged);
        }
    }

    /** MergeTest.test_cascades_dont_autoflush_2: addresses cascade="all, delete-orphan" */
    @MatrixTest
    void test_cascades_dont_autoflush_2(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db, Fixtures.orphan()))) {
            OrphanUser u = orphanUser(7, "fred", orphanAddress(1, "fred1"));
            sess.add(u);
            sess.commit();
            sess.expungeAll();
            u = orphanUser(7, "fred", orphanAddress(1, "fred1"), orphanAddress(2, "fred2"));
            sess.merge(u);
            assertThat(sess.options().autoflush()).isTrue();
            sess.commit();
        }
    }

    /** MergeTest.test_dont_expire_pending */
    @MatrixTest
    void test_dont_expire_pending(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User given = new User();
            given.setId(7);
            User u = sess.merge(given);
            assertThat(inspect(u).unloaded()).isEmpty();
            assertThat(statements(engine, () -> assertThat(u.getName()).isNull())).isZero();
        }
    }

    private static Order order(String description, Address address) {
        Order order = new Order(description);
        order.setAddress(address);
        return order;
    }

    /** MergeTest.test_resolve_conflicts_pending_doesnt_interfere_no_ident */
    @MatrixTest
    void test_resolve_conflicts_pending_doesnt_interfere_no_ident(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = user(7, "x");
            u1.setOrders(new java.util.ArrayList<>(List.of(order("o1", new Address("a")), order("o2", new Address("b")),
                    order("o3", new Address("c")))));
            sess.merge(u1);
            sess.flush();
            assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.Address_.emailAddress)
                    .orderBy(io.alchemy.orm.conformance.model.Address_.emailAddress)).all())
                    .containsExactly("a", "b", "c");
        }
    }

    /** MergeTest.test_resolve_conflicts_pending */
    @MatrixTest
    void test_resolve_conflicts_pending(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = user(7, "x");
            u1.setOrders(new java.util.ArrayList<>(List.of(order("o1", address(1, "a")), order("o2", address(1, "b")),
                    order("o3", address(1, "c")))));
            sess.merge(u1);
            sess.flush();
            Address one = sess.scalars(select(Address.class)).one();
            assertThat(one.getId()).isEqualTo(1);
            assertThat(one.getEmailAddress()).isEqualTo("c");
        }
    }

    /** MergeTest.test_resolve_conflicts_persistent */
    @MatrixTest
    void test_resolve_conflicts_persistent(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            sess.add(address(1, "z"));
            sess.commit();
        }
        try (Session sess = new Session(engine)) {
            User u1 = user(7, "x");
            u1.setOrders(new java.util.ArrayList<>(List.of(order("o1", address(1, "a")), order("o2", address(1, "b")),
                    order("o3", address(1, "c")))));
            sess.merge(u1);
            sess.flush();
            Address one = sess.scalars(select(Address.class)).one();
            assertThat(one.getId()).isEqualTo(1);
            assertThat(one.getEmailAddress()).isEqualTo("c");
        }
    }
}
