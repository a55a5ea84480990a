package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.DBAPIError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Order;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanOrder;
import io.alchemy.orm.conformance.model.OrphanOrder_;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.exc.FlushError;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SQLAlchemy's {@code test/orm/test_cascade.py}: save-update, delete and delete-orphan cascades. The
 * {@code O2MCascadeDeleteOrphanTest} mapping (users → addresses / orders with {@code cascade="all, delete-orphan"},
 * orders.user_id NOT NULL) is the {@code Orphan…} classes; {@code O2MCascadeTest} and {@code NoBackrefCascadeTest}
 * use the standard mapping (addresses with a backref, default cascades).
 */
@PortedFrom("test/orm/test_cascade.py")
class TestCascadeConformanceTest {

    private static Engine orphan(TestDatabase db) {
        return Fixtures.engine(db, Fixtures.orphan());
    }

    private static OrphanUser jack(String... orders) {
        OrphanUser u = new OrphanUser("jack");
        for (String description : orders) {
            u.getOrders().add(new OrphanOrder(description));
        }
        return u;
    }

    private static long count(Session sess, String table) {
        return ((Number) sess.execute(select(func.count()).selectFrom(Fixtures.orphan().metadata().tableNamed(table)))
                .scalar()).longValue();
    }

    private static List<String> descriptions(List<OrphanOrder> orders) {
        return orders.stream().map(OrphanOrder::getDescription).toList();
    }

    // ------------------------------------------------------------------ O2MCascadeDeleteOrphanTest

    /** O2MCascadeDeleteOrphanTest.test_list_assignment_new */
    @MatrixTest
    void test_list_assignment_new(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = jack("order 1", "order 2");
            sess.add(u);
            sess.commit();
            assertThat(u.getName()).isEqualTo("jack");
            assertThat(descriptions(u.getOrders())).containsExactly("order 1", "order 2");
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_list_assignment_replace */
    @MatrixTest
    void test_list_assignment_replace(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = jack("someorder", "someotherorder");
            sess.add(u);
            u.setOrders(new ArrayList<>(List.of(new OrphanOrder("order 3"), new OrphanOrder("order 4"))));
            sess.commit();
            assertThat(u.getName()).isEqualTo("jack");
            assertThat(descriptions(u.getOrders())).containsExactly("order 3", "order 4");
            assertThat(descriptions(sess.scalars(select(OrphanOrder.class).orderBy(OrphanOrder_.id)).all()))
                    .containsExactly("order 3", "order 4");
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_standalone_orphan */
    @MatrixTest
    void test_standalone_orphan(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanOrder o5 = new OrphanOrder("order 5");
            sess.add(o5);
            assertThatThrownBy(sess::flush).isInstanceOf(DBAPIError.class);
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_save_update_sends_pending */
    @MatrixTest
    void test_save_update_sends_pending(TestDatabase db) {
        Session sess = new Session(orphan(db), SessionOptions.DEFAULTS.withExpireOnCommit(false));
        OrphanOrder o1 = new OrphanOrder("o1");
        OrphanOrder o2 = new OrphanOrder("o2");
        OrphanOrder o3 = new OrphanOrder("o3");
        OrphanUser u = new OrphanUser("jack");
        u.getOrders().addAll(List.of(o1, o2));
        sess.add(u);
        sess.commit();
        sess.close();
        u.getOrders().add(o3);
        u.getOrders().remove(o1);
        sess.add(u);
        assertThat(sess.contains(o1)).isTrue();
        assertThat(sess.contains(o2)).isTrue();
        assertThat(sess.contains(o3)).isTrue();
        sess.commit();
        sess.close();
    }

    /** O2MCascadeDeleteOrphanTest.test_remove_pending_from_collection */
    @MatrixTest
    void test_remove_pending_from_collection(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = new OrphanUser("jack");
            sess.add(u);
            sess.commit();
            OrphanOrder o1 = new OrphanOrder();
            u.getOrders().add(o1);
            assertThat(sess.contains(o1)).isTrue();
            u.getOrders().remove(o1);
            assertThat(sess.contains(o1)).isFalse();
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_delete */
    @MatrixTest
    void test_delete(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = jack("someorder", "someotherorder");
            sess.add(u);
            sess.flush();
            sess.delete(u);
            sess.flush();
            assertThat(count(sess, "users")).isZero();
            assertThat(count(sess, "orders")).isZero();
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_delete_unloaded_collections */
    @MatrixTest
    void test_delete_unloaded_collections(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = new OrphanUser("jack");
            u.getAddresses().add(new OrphanAddress("address1"));
            u.getAddresses().add(new OrphanAddress("address2"));
            sess.add(u);
            sess.flush();
            sess.expungeAll();
            assertThat(count(sess, "addresses")).isEqualTo(2);
            assertThat(count(sess, "users")).isEqualTo(1);
            u = sess.get(OrphanUser.class, u.getId());
            assertThat(io.alchemy.orm.Orm.inspect(u).unloaded()).contains("addresses");
            sess.delete(u);
            sess.flush();
            assertThat(count(sess, "addresses")).isZero();
            assertThat(count(sess, "users")).isZero();
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_cascades_onlycollection */
    @MatrixTest
    void test_cascades_onlycollection(TestDatabase db) {
        try (Session sess = new Session(orphan(db), SessionOptions.DEFAULTS.withAutoflush(false))) {
            OrphanUser u = jack("someorder", "someotherorder");
            sess.add(u);
            sess.flush();
            OrphanOrder o = u.getOrders().get(0);
            u.getOrders().remove(0);
            sess.delete(u);
            assertThat(sess.deleted()).contains(u);
            assertThat(sess.deleted()).doesNotContain(o);
            assertThat(sess.contains(o)).isTrue();
            OrphanUser u2 = new OrphanUser("newuser");
            u2.getOrders().add(o);
            sess.add(u2);
            sess.flush();
            sess.expungeAll();
            assertThat(count(sess, "users")).isEqualTo(1);
            assertThat(count(sess, "orders")).isEqualTo(1);
            List<OrphanUser> all = sess.scalars(select(OrphanUser.class)).all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getName()).isEqualTo("newuser");
            assertThat(descriptions(all.get(0).getOrders())).containsExactly("someorder");
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_cascade_delete_plusorphans */
    @MatrixTest
    void test_cascade_delete_plusorphans(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = jack("someorder", "someotherorder");
            sess.add(u);
            sess.flush();
            assertThat(count(sess, "users")).isEqualTo(1);
            assertThat(count(sess, "orders")).isEqualTo(2);
            u.getOrders().remove(0);
            sess.delete(u);
            sess.flush();
            assertThat(count(sess, "users")).isZero();
            assertThat(count(sess, "orders")).isZero();
        }
    }

    /** O2MCascadeDeleteOrphanTest.test_collection_orphans */
    @MatrixTest
    void test_collection_orphans(TestDatabase db) {
        try (Session sess = new Session(orphan(db))) {
            OrphanUser u = jack("someorder", "someotherorder");
            sess.add(u);
            sess.flush();
            assertThat(count(sess, "users")).isEqualTo(1);
            assertThat(count(sess, "orders")).isEqualTo(2);
            u.getOrders().clear();
            sess.flush();
            assertThat(count(sess, "users")).isEqualTo(1);
            assertThat(count(sess, "orders")).isZero();
        }
    }

    // ------------------------------------------------------------------ O2MCascadeTest

    /** O2MCascadeTest.test_none_o2m_collection_assignment */
    @MatrixTest
    void test_none_o2m_collection_assignment(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            User u1 = new User("u");
            u1.setAddresses(new ArrayList<>(Arrays.asList((Address) null)));
            s.add(u1);
            assertThat(u1.getAddresses()).containsExactly((Address) null);
            assertThatThrownBy(s::commit).isInstanceOf(FlushError.class)
                    .hasMessageContaining("Can't flush None value found in collection User.addresses");
            assertThat(u1.getAddresses()).containsExactly((Address) null);
        }
    }

    /** O2MCascadeTest.test_none_o2m_collection_append */
    @MatrixTest
    void test_none_o2m_collection_append(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            User u1 = new User("u");
            s.add(u1);
            u1.getAddresses().add(null);
            assertThat(u1.getAddresses()).containsExactly((Address) null);
            assertThatThrownBy(s::commit).isInstanceOf(FlushError.class)
                    .hasMessageContaining("Can't flush None value found in collection User.addresses");
            assertThat(u1.getAddresses()).containsExactly((Address) null);
        }
    }

    // ------------------------------------------------------------------ NoSaveCascadeBackrefTest

    /**
     * NoSaveCascadeBackrefTest.test_unidirectional_cascade_o2m, its first half (the second half adds the child,
     * whose backref has {@code cascade=None} in SQLAlchemy's mapping; the standard mapping's backref cascades).
     */
    @MatrixTest
    void test_unidirectional_cascade_o2m(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            Order o1 = new Order();
            sess.add(o1);
            User u1 = new User();
            u1.getOrders().add(o1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(o1)).isTrue();
        }
    }

    /**
     * NoSaveCascadeBackrefTest.test_unidirectional_cascade_m2o, its first half (the second half adds the parent,
     * whose backref has {@code cascade=None} in SQLAlchemy's mapping; the standard mapping's backref cascades).
     */
    @MatrixTest
    void test_unidirectional_cascade_m2o(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User();
            sess.add(u1);
            Order o1 = new Order();
            o1.setUser(u1);
            assertThat(sess.contains(o1)).isFalse();
            assertThat(sess.contains(u1)).isTrue();
        }
    }

    // ------------------------------------------------------------------ NoBackrefCascadeTest

    /** NoBackrefCascadeTest.test_o2m_basic */
    @MatrixTest
    void test_o2m_basic(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            sess.add(u1);
            Address a1 = new Address("a1");
            a1.setUser(u1);
            assertThat(sess.contains(a1)).isFalse();
        }
    }

    /** NoBackrefCascadeTest.test_o2m_commit_warns */
    @MatrixTest
    void test_o2m_commit_warns(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db));
                LogCapture log = LogCapture.of("io.alchemy.orm.persistence.RelationshipSync")) {
            User u1 = new User("u1");
            sess.add(u1);
            Address a1 = new Address("a1");
            a1.setUser(u1);
            sess.commit();
            assertThat(String.join("\n", log.messages())).contains("not in session");
            assertThat(sess.contains(a1)).isFalse();
        }
    }

    /** NoBackrefCascadeTest.test_m2o_on_backref_no_cascade */
    @MatrixTest
    void test_m2o_on_backref_no_cascade(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            Address a1 = new Address("a1");
            sess.add(a1);
            User u1 = new User("u1");
            u1.getAddresses().add(a1);
            assertThat(sess.contains(u1)).isFalse();
        }
    }
}
