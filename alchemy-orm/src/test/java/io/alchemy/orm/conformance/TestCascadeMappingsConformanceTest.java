package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.conformance.Fixtures.count;
import static io.alchemy.orm.conformance.Fixtures.engineFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.DBAPIError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.m2m.A;
import io.alchemy.orm.conformance.model.m2m.B;
import io.alchemy.orm.conformance.model.m2m.C;
import io.alchemy.orm.conformance.model.m2oone.Extra;
import io.alchemy.orm.conformance.model.m2oone.Foo;
import io.alchemy.orm.conformance.model.m2oone.Pref;
import io.alchemy.orm.exc.FlushError;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SQLAlchemy's {@code test/orm/test_cascade.py}: the test classes with mappings of their own (many-to-one and
 * many-to-many delete-orphan, pending orphans, double parents, O2M conflicts). Each SQLAlchemy test class's tables
 * and {@code setup_mappers} are a package of {@code conformance.model} whose javadoc names it.
 */
@PortedFrom("test/orm/test_cascade.py")
class TestCascadeMappingsConformanceTest {

    // ------------------------------------------------------------------ M2OCascadeDeleteOrphanTestOne

    private static Session m2oOne(TestDatabase db) {
        return new Session(m2oOneEngine(db));
    }

    private static io.alchemy.engine.Engine m2oOneEngine(TestDatabase db) {
        io.alchemy.engine.Engine engine = engineFor(db, io.alchemy.orm.conformance.model.m2oone.User.class, Pref.class,
                Extra.class, Foo.class);
        // insert_data
        try (Session setup = new Session(engine)) {
            for (String[] row : new String[][] {{"ed", "pref 1"}, {"jack", "pref 2"}, {"foo", "pref 3"}}) {
                io.alchemy.orm.conformance.model.m2oone.User u = new io.alchemy.orm.conformance.model.m2oone.User(row[0]);
                Pref p = new Pref(row[1]);
                p.getExtra().add(new Extra());
                u.setPref(p);
                setup.add(u);
            }
            setup.commit();
        }
        return engine;
    }

    private static io.alchemy.orm.conformance.model.m2oone.User m2oUser(Session sess, String name) {
        return sess.scalars(select(io.alchemy.orm.conformance.model.m2oone.User.class)
                .where(io.alchemy.orm.conformance.model.m2oone.User_.name.eq(name))).one();
    }

    /** M2OCascadeDeleteOrphanTestOne.test_orphan */
    @MatrixTest
    void test_orphan(TestDatabase db) {
        try (Session sess = m2oOne(db)) {
            assertThat(count(sess, Pref.class, "prefs")).isEqualTo(3);
            assertThat(count(sess, Pref.class, "extra")).isEqualTo(3);
            io.alchemy.orm.conformance.model.m2oone.User jack = m2oUser(sess, "jack");
            jack.setPref(null);
            sess.flush();
            assertThat(count(sess, Pref.class, "prefs")).isEqualTo(2);
            assertThat(count(sess, Pref.class, "extra")).isEqualTo(2);
        }
    }

    /**
     * M2OCascadeDeleteOrphanTestOne.test_cascade_on_deleted, without its check of SQLAlchemy's attribute history
     * internals ({@code dispatch._active_history}, {@code get_history}).
     */
    @MatrixTest
    void test_cascade_on_deleted(TestDatabase db) {
        try (Session sess = m2oOne(db)) {
            io.alchemy.orm.conformance.model.m2oone.User u1 = new io.alchemy.orm.conformance.model.m2oone.User("jack");
            u1.setFoo(new Foo("f1"));
            sess.add(u1);
            sess.commit();
            u1.setFoo(null);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            sess.commit();
        }
    }

    /** M2OCascadeDeleteOrphanTestOne.test_save_update_sends_pending */
    @MatrixTest
    void test_save_update_sends_pending_m2o(TestDatabase db) {
        Session sess = new Session(m2oOneEngine(db), SessionOptions.DEFAULTS.withExpireOnCommit(false));
        Pref p1 = new Pref("p1");
        Pref p2 = new Pref("p2");
        io.alchemy.orm.conformance.model.m2oone.User u = new io.alchemy.orm.conformance.model.m2oone.User("jack");
        u.setPref(p1);
        sess.add(u);
        sess.commit();
        sess.close();
        u.setPref(p2);
        sess.add(u);
        assertThat(sess.contains(p1)).isTrue();
        assertThat(sess.contains(p2)).isTrue();
        sess.commit();
        sess.close();
    }

    /** M2OCascadeDeleteOrphanTestOne.test_orphan_on_update */
    @MatrixTest
    void test_orphan_on_update(TestDatabase db) {
        try (Session sess = m2oOne(db)) {
            io.alchemy.orm.conformance.model.m2oone.User jack = m2oUser(sess, "jack");
            Pref p = jack.getPref();
            Extra e = jack.getPref().getExtra().get(0);
            sess.expungeAll();
            jack.setPref(null);
            sess.add(jack);
            sess.add(p);
            sess.add(e);
            assertThat(sess.contains(p)).isTrue();
            assertThat(sess.contains(e)).isTrue();
            sess.flush();
            assertThat(count(sess, Pref.class, "prefs")).isEqualTo(2);
            assertThat(count(sess, Pref.class, "extra")).isEqualTo(2);
        }
    }

    /** M2OCascadeDeleteOrphanTestOne.test_pending_expunge */
    @MatrixTest
    void test_pending_expunge(TestDatabase db) {
        try (Session sess = m2oOne(db)) {
            io.alchemy.orm.conformance.model.m2oone.User someuser = new io.alchemy.orm.conformance.model.m2oone.User("someuser");
            sess.add(someuser);
            sess.flush();
            Pref p1 = new Pref("somepref");
            someuser.setPref(p1);
            assertThat(sess.contains(p1)).isTrue();
            someuser.setPref(new Pref("someotherpref"));
            assertThat(sess.contains(p1)).isFalse();
            sess.flush();
            List<Pref> prefs = sess.scalars(select(Pref.class)
                    .where(io.alchemy.orm.conformance.model.m2oone.Pref_.id.eq(someuser.getPrefId()))).all();
            assertThat(prefs).extracting(Pref::getData).containsExactly("someotherpref");
        }
    }

    /** M2OCascadeDeleteOrphanTestOne.test_double_assignment */
    @MatrixTest
    void test_double_assignment(TestDatabase db) {
        try (Session sess = m2oOne(db)) {
            io.alchemy.orm.conformance.model.m2oone.User jack = m2oUser(sess, "jack");
            Pref newpref = new Pref("newpref");
            jack.setPref(newpref);
            jack.setPref(newpref);
            sess.flush();
            assertThat(sess.scalars(select(Pref.class).orderBy(io.alchemy.orm.conformance.model.m2oone.Pref_.id)).all())
                    .extracting(Pref::getData).containsExactly("pref 1", "pref 3", "newpref");
        }
    }

    // ------------------------------------------------------------------ M2OCascadeDeleteOrphanTestTwo

    private static Session m2oTwo(TestDatabase db) {
        return new Session(engineFor(db, io.alchemy.orm.conformance.model.m2otwo.T1.class,
                io.alchemy.orm.conformance.model.m2otwo.T2.class, io.alchemy.orm.conformance.model.m2otwo.T3.class));
    }

    private static io.alchemy.orm.conformance.model.m2otwo.T1 two(String t1, String t2, String t3) {
        io.alchemy.orm.conformance.model.m2otwo.T1 x = new io.alchemy.orm.conformance.model.m2otwo.T1(t1);
        io.alchemy.orm.conformance.model.m2otwo.T2 y = new io.alchemy.orm.conformance.model.m2otwo.T2(t2);
        y.setT3(new io.alchemy.orm.conformance.model.m2otwo.T3(t3));
        x.setT2(y);
        return x;
    }

    private static List<Long> twoCounts(Session sess) {
        Class<?> t = io.alchemy.orm.conformance.model.m2otwo.T1.class;
        return List.of(count(sess, t, "t1"), count(sess, t, "t2"), count(sess, t, "t3"));
    }

    /** M2OCascadeDeleteOrphanTestTwo.test_cascade_delete */
    @MatrixTest
    void test_cascade_delete_m2o_orphan(TestDatabase db) {
        try (Session sess = m2oTwo(db)) {
            var x = two("t1a", "t2a", "t3a");
            sess.add(x);
            sess.flush();
            sess.delete(x);
            sess.flush();
            assertThat(twoCounts(sess)).containsExactly(0L, 0L, 0L);
        }
    }

    /** M2OCascadeDeleteOrphanTestTwo.test_deletes_orphans_onelevel */
    @MatrixTest
    void test_deletes_orphans_onelevel(TestDatabase db) {
        try (Session sess = m2oTwo(db)) {
            var x2 = two("t1b", "t2b", "t3b");
            sess.add(x2);
            sess.flush();
            x2.setT2(null);
            sess.delete(x2);
            sess.flush();
            assertThat(twoCounts(sess)).containsExactly(0L, 0L, 0L);
        }
    }

    /** M2OCascadeDeleteOrphanTestTwo.test_deletes_orphans_twolevel */
    @MatrixTest
    void test_deletes_orphans_twolevel(TestDatabase db) {
        try (Session sess = m2oTwo(db)) {
            var x = two("t1a", "t2a", "t3a");
            sess.add(x);
            sess.flush();
            x.getT2().setT3(null);
            sess.delete(x);
            sess.flush();
            assertThat(twoCounts(sess)).containsExactly(0L, 0L, 0L);
        }
    }

    /** M2OCascadeDeleteOrphanTestTwo.test_finds_orphans_twolevel */
    @MatrixTest
    void test_finds_orphans_twolevel(TestDatabase db) {
        try (Session sess = m2oTwo(db)) {
            var x = two("t1a", "t2a", "t3a");
            sess.add(x);
            sess.flush();
            x.getT2().setT3(null);
            sess.flush();
            assertThat(twoCounts(sess)).containsExactly(1L, 1L, 0L);
        }
    }

    // ------------------------------------------------------------------ M2OCascadeDeleteNoOrphanTest

    private static Session m2oNoOrphan(TestDatabase db) {
        return new Session(engineFor(db, io.alchemy.orm.conformance.model.m2onoorphan.T1.class,
                io.alchemy.orm.conformance.model.m2onoorphan.T2.class,
                io.alchemy.orm.conformance.model.m2onoorphan.T3.class));
    }

    private static io.alchemy.orm.conformance.model.m2onoorphan.T1 noOrphan(String t1, String t2, String t3) {
        var x = new io.alchemy.orm.conformance.model.m2onoorphan.T1(t1);
        var y = new io.alchemy.orm.conformance.model.m2onoorphan.T2(t2);
        y.setT3(new io.alchemy.orm.conformance.model.m2onoorphan.T3(t3));
        x.setT2(y);
        return x;
    }

    private static List<Long> noOrphanCounts(Session sess) {
        Class<?> t = io.alchemy.orm.conformance.model.m2onoorphan.T1.class;
        return List.of(count(sess, t, "t1"), count(sess, t, "t2"), count(sess, t, "t3"));
    }

    /** M2OCascadeDeleteNoOrphanTest.test_cascade_delete */
    @MatrixTest
    void test_cascade_delete_m2o_no_orphan(TestDatabase db) {
        try (Session sess = m2oNoOrphan(db)) {
            var x = noOrphan("t1a", "t2a", "t3a");
            sess.add(x);
            sess.flush();
            sess.delete(x);
            sess.flush();
            assertThat(noOrphanCounts(sess)).containsExactly(0L, 0L, 0L);
        }
    }

    /** M2OCascadeDeleteNoOrphanTest.test_cascade_delete_postappend_onelevel */
    @MatrixTest
    void test_cascade_delete_postappend_onelevel(TestDatabase db) {
        try (Session sess = m2oNoOrphan(db)) {
            var x1 = new io.alchemy.orm.conformance.model.m2onoorphan.T1("t1");
            var x2 = new io.alchemy.orm.conformance.model.m2onoorphan.T2("t2");
            var x3 = new io.alchemy.orm.conformance.model.m2onoorphan.T3("t3");
            sess.addAll(List.of(x1, x2, x3));
            sess.flush();
            sess.delete(x1);
            x1.setT2(x2);
            x2.setT3(x3);
            sess.flush();
            assertThat(noOrphanCounts(sess)).containsExactly(0L, 0L, 0L);
        }
    }

    /** M2OCascadeDeleteNoOrphanTest.test_cascade_delete_postappend_twolevel */
    @MatrixTest
    void test_cascade_delete_postappend_twolevel(TestDatabase db) {
        try (Session sess = m2oNoOrphan(db)) {
            var x1 = new io.alchemy.orm.conformance.model.m2onoorphan.T1("t1");
            x1.setT2(new io.alchemy.orm.conformance.model.m2onoorphan.T2("t2"));
            var x3 = new io.alchemy.orm.conformance.model.m2onoorphan.T3("t3");
            sess.addAll(List.of(x1, x3));
            sess.flush();
            sess.delete(x1);
            x1.getT2().setT3(x3);
            sess.flush();
            assertThat(noOrphanCounts(sess)).containsExactly(0L, 0L, 0L);
        }
    }

    /** M2OCascadeDeleteNoOrphanTest.test_preserves_orphans_onelevel */
    @MatrixTest
    void test_preserves_orphans_onelevel(TestDatabase db) {
        try (Session sess = m2oNoOrphan(db)) {
            var x2 = noOrphan("t1b", "t2b", "t3b");
            sess.add(x2);
            sess.flush();
            x2.setT2(null);
            sess.delete(x2);
            sess.flush();
            assertThat(noOrphanCounts(sess)).containsExactly(0L, 1L, 1L);
        }
    }

    /** M2OCascadeDeleteNoOrphanTest.test_preserves_orphans_twolevel */
    @MatrixTest
    void test_preserves_orphans_twolevel(TestDatabase db) {
        try (Session sess = m2oNoOrphan(db)) {
            var x = noOrphan("t1a", "t2a", "t3a");
            sess.add(x);
            sess.flush();
            x.getT2().setT3(null);
            sess.delete(x);
            sess.flush();
            assertThat(noOrphanCounts(sess)).containsExactly(0L, 0L, 1L);
        }
    }

    // ------------------------------------------------------------------ M2MCascadeTest

    private static Session m2m(TestDatabase db) {
        return new Session(engineFor(db, A.class, B.class, C.class));
    }

    /** M2MCascadeTest.test_delete_orphan */
    @MatrixTest
    void test_delete_orphan_m2m(TestDatabase db) {
        try (Session sess = m2m(db)) {
            B b1 = new B("b1");
            A a1 = new A("a1");
            a1.getBs().add(b1);
            sess.add(a1);
            sess.flush();
            a1.getBs().remove(b1);
            sess.flush();
            assertThat(count(sess, A.class, "atob")).isZero();
            assertThat(count(sess, A.class, "b")).isZero();
            assertThat(count(sess, A.class, "a")).isEqualTo(1);
        }
    }

    /** M2MCascadeTest.test_delete_orphan_cascades */
    @MatrixTest
    void test_delete_orphan_cascades(TestDatabase db) {
        try (Session sess = m2m(db)) {
            B b1 = new B("b1");
            b1.getCs().add(new C("c1"));
            A a1 = new A("a1");
            a1.getBs().add(b1);
            sess.add(a1);
            sess.flush();
            a1.getBs().remove(b1);
            sess.flush();
            assertThat(count(sess, A.class, "atob")).isZero();
            assertThat(count(sess, A.class, "b")).isZero();
            assertThat(count(sess, A.class, "a")).isEqualTo(1);
            assertThat(count(sess, A.class, "c")).isZero();
        }
    }

    /** M2MCascadeTest.test_cascade_delete */
    @MatrixTest
    void test_cascade_delete_m2m(TestDatabase db) {
        try (Session sess = m2m(db)) {
            A a1 = new A("a1");
            a1.getBs().add(new B("b1"));
            sess.add(a1);
            sess.flush();
            sess.delete(a1);
            sess.flush();
            assertThat(count(sess, A.class, "atob")).isZero();
            assertThat(count(sess, A.class, "b")).isZero();
            assertThat(count(sess, A.class, "a")).isZero();
        }
    }

    /** M2MCascadeTest.test_none_m2m_collection_assignment */
    @MatrixTest
    void test_none_m2m_collection_assignment(TestDatabase db) {
        try (Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.m2mbackref.A.class,
                io.alchemy.orm.conformance.model.m2mbackref.B.class))) {
            var a1 = new io.alchemy.orm.conformance.model.m2mbackref.A();
            a1.setBs(new ArrayList<>(Arrays.asList((io.alchemy.orm.conformance.model.m2mbackref.B) null)));
            s.add(a1);
            assertThat(a1.getBs()).containsExactly((io.alchemy.orm.conformance.model.m2mbackref.B) null);
            assertThatThrownBy(s::commit).isInstanceOf(FlushError.class)
                    .hasMessageContaining("Can't flush None value found in collection A.bs");
            assertThat(a1.getBs()).containsExactly((io.alchemy.orm.conformance.model.m2mbackref.B) null);
        }
    }

    /** M2MCascadeTest.test_none_m2m_collection_append */
    @MatrixTest
    void test_none_m2m_collection_append(TestDatabase db) {
        try (Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.m2mbackref.A.class,
                io.alchemy.orm.conformance.model.m2mbackref.B.class))) {
            var a1 = new io.alchemy.orm.conformance.model.m2mbackref.A();
            a1.getBs().add(null);
            s.add(a1);
            assertThat(a1.getBs()).containsExactly((io.alchemy.orm.conformance.model.m2mbackref.B) null);
            assertThatThrownBy(s::commit).isInstanceOf(FlushError.class)
                    .hasMessageContaining("Can't flush None value found in collection A.bs");
            assertThat(a1.getBs()).containsExactly((io.alchemy.orm.conformance.model.m2mbackref.B) null);
        }
    }

    // ------------------------------------------------------------------ O2MSelfReferentialDetelOrphanTest

    /** O2MSelfReferentialDetelOrphanTest.test_self_referential_delete */
    @MatrixTest
    void test_self_referential_delete(TestDatabase db) {
        try (Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.selfref.Node.class))) {
            var n1 = new io.alchemy.orm.conformance.model.selfref.Node();
            var n2 = new io.alchemy.orm.conformance.model.selfref.Node();
            var n3 = new io.alchemy.orm.conformance.model.selfref.Node();
            var n4 = new io.alchemy.orm.conformance.model.selfref.Node();
            n1.setChildren(new ArrayList<>(List.of(n2, n3)));
            n3.setChildren(new ArrayList<>(List.of(n4)));
            s.addAll(List.of(n1, n2, n3, n4));
            s.commit();
            assertThat(count(s, n1.getClass(), "node")).isEqualTo(4);
            n1.getChildren().remove(n3);
            s.commit();
            assertThat(count(s, n1.getClass(), "node")).isEqualTo(2);
        }
    }

    // ------------------------------------------------------------------ NoBackrefCascadeTest

    private static Session noBackref(TestDatabase db) {
        return new Session(engineFor(db, io.alchemy.orm.conformance.model.nobackref.User.class,
                io.alchemy.orm.conformance.model.nobackref.Address.class,
                io.alchemy.orm.conformance.model.nobackref.Dingaling.class));
    }

    /** NoBackrefCascadeTest.test_o2m_on_backref_no_cascade */
    @MatrixTest
    void test_o2m_on_backref_no_cascade(TestDatabase db) {
        try (Session sess = noBackref(db)) {
            var a1 = new io.alchemy.orm.conformance.model.nobackref.Address("a1");
            sess.add(a1);
            var d1 = new io.alchemy.orm.conformance.model.nobackref.Dingaling();
            d1.setAddress(a1);
            assertThat(a1.getDingalings()).contains(d1);
            assertThat(sess.contains(d1)).isFalse();
        }
    }

    /** NoBackrefCascadeTest.test_m2o_basic */
    @MatrixTest
    void test_m2o_basic(TestDatabase db) {
        try (Session sess = noBackref(db)) {
            var a1 = new io.alchemy.orm.conformance.model.nobackref.Address("a1");
            var d1 = new io.alchemy.orm.conformance.model.nobackref.Dingaling();
            sess.add(d1);
            a1.getDingalings().add(d1);
            assertThat(sess.contains(a1)).isFalse();
        }
    }

    /** NoBackrefCascadeTest.test_m2o_commit_no_cascade */
    @MatrixTest
    void test_m2o_commit_no_cascade(TestDatabase db) {
        try (Session sess = noBackref(db)) {
            var a1 = new io.alchemy.orm.conformance.model.nobackref.Address("a1");
            var d1 = new io.alchemy.orm.conformance.model.nobackref.Dingaling();
            sess.add(d1);
            a1.getDingalings().add(d1);
            assertThat(sess.contains(a1)).isFalse();
            try (LogCapture log = LogCapture.of("io.alchemy.orm.persistence.RelationshipSync")) {
                sess.commit();
                assertThat(String.join("\n", log.messages())).contains("not in session");
            }
        }
    }

    // ------------------------------------------------------------------ PendingOrphanTestSingleLevel

    /** PendingOrphanTestSingleLevel.test_pending_standalone_orphan */
    @MatrixTest
    void test_pending_standalone_orphan(TestDatabase db) {
        try (Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.pendingorphan.User.class,
                io.alchemy.orm.conformance.model.pendingorphan.Address.class,
                io.alchemy.orm.conformance.model.pendingorphan.Order.class))) {
            // the standalone Address goes in, its foreign key allows NULL
            var a = new io.alchemy.orm.conformance.model.pendingorphan.Address();
            s.add(a);
            s.commit();
            // the standalone Order does not.
            var o = new io.alchemy.orm.conformance.model.pendingorphan.Order();
            s.add(o);
            assertThatThrownBy(s::commit).isInstanceOf(DBAPIError.class);
            s.rollback();
            // can assign o.user_id by foreign key, flush succeeds
            var u = new io.alchemy.orm.conformance.model.pendingorphan.User();
            s.add(u);
            s.flush();
            var o2 = new io.alchemy.orm.conformance.model.pendingorphan.Order();
            o2.setUserId(u.getUserId());
            s.add(o2);
            s.commit();
            assertThat(s.contains(o2)).isTrue();
            assertThat(s.newObjects()).doesNotContain(o2);
        }
    }

    /** PendingOrphanTestSingleLevel.test_pending_collection_expunge */
    @MatrixTest
    void test_pending_collection_expunge(TestDatabase db) {
        try (Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.pendingorphan.User.class,
                io.alchemy.orm.conformance.model.pendingorphan.Address.class,
                io.alchemy.orm.conformance.model.pendingorphan.Order.class))) {
            var u = new io.alchemy.orm.conformance.model.pendingorphan.User();
            s.add(u);
            s.flush();
            var a = new io.alchemy.orm.conformance.model.pendingorphan.Address();
            u.getAddresses().add(a);
            assertThat(s.contains(a)).isTrue();
            u.getAddresses().remove(a);
            assertThat(s.contains(a)).isFalse();
            s.delete(u);
            s.flush();
            assertThat(a.getAddressId()).as("Error: address should not be persistent").isNull();
        }
    }

    /** PendingOrphanTestSingleLevel.test_nonorphans_ok */
    @MatrixTest
    void test_nonorphans_ok(TestDatabase db) {
        try (Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.pendingnonorphan.User.class,
                io.alchemy.orm.conformance.model.pendingnonorphan.Address.class))) {
            var u = new io.alchemy.orm.conformance.model.pendingnonorphan.User("u1");
            u.getAddresses().add(new io.alchemy.orm.conformance.model.pendingnonorphan.Address("ad1"));
            s.add(u);
            var a1 = u.getAddresses().get(0);
            u.getAddresses().remove(a1);
            assertThat(s.contains(a1)).isTrue();
            s.flush();
            s.expungeAll();
            assertThat(s.scalars(select(io.alchemy.orm.conformance.model.pendingnonorphan.Address.class)).all())
                    .extracting(io.alchemy.orm.conformance.model.pendingnonorphan.Address::getEmailAddress)
                    .containsExactly("ad1");
        }
    }

    // ------------------------------------------------------------------ PendingOrphanTestTwoLevel

    private static Session twoLevel(TestDatabase db) {
        return new Session(engineFor(db, io.alchemy.orm.conformance.model.pendingtwo.Order.class,
                io.alchemy.orm.conformance.model.pendingtwo.Item.class,
                io.alchemy.orm.conformance.model.pendingtwo.Attribute.class));
    }

    /** PendingOrphanTestTwoLevel.test_singlelevel_remove */
    @MatrixTest
    void test_singlelevel_remove(TestDatabase db) {
        try (Session s = twoLevel(db)) {
            var o1 = new io.alchemy.orm.conformance.model.pendingtwo.Order();
            s.add(o1);
            var i1 = new io.alchemy.orm.conformance.model.pendingtwo.Item();
            o1.getItems().add(i1);
            o1.getItems().remove(i1);
            s.commit();
            assertThat(o1.getItems()).doesNotContain(i1);
        }
    }

    /** PendingOrphanTestTwoLevel.test_multilevel_remove */
    @MatrixTest
    void test_multilevel_remove(TestDatabase db) {
        try (Session s = twoLevel(db)) {
            var o1 = new io.alchemy.orm.conformance.model.pendingtwo.Order();
            s.add(o1);
            var i1 = new io.alchemy.orm.conformance.model.pendingtwo.Item();
            var a1 = new io.alchemy.orm.conformance.model.pendingtwo.Attribute();
            i1.getAttributes().add(a1);
            o1.getItems().add(i1);
            assertThat(s.contains(i1)).isTrue();
            assertThat(s.contains(a1)).isTrue();
            // i1 is an orphan so the operation removes 'i1'. The operation cascades down to 'a1'.
            o1.getItems().remove(i1);
            assertThat(s.contains(i1)).isFalse();
            assertThat(s.contains(a1)).isFalse();
            s.commit();
            assertThat(s.contains(o1)).isTrue();
            assertThat(s.contains(a1)).isFalse();
            assertThat(s.contains(i1)).isFalse();
            assertThat((List<Object>) (List<?>) o1.getItems()).doesNotContain(a1);
        }
    }

    // ------------------------------------------------------------------ DoubleParentO2MOrphanTest

    /** DoubleParentO2MOrphanTest.test_double_parent_expunge_o2m_current */
    @MatrixTest
    void test_double_parent_expunge_o2m_current(TestDatabase db) {
        Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.doubleparent.Customer.class,
                io.alchemy.orm.conformance.model.doubleparent.Account.class,
                io.alchemy.orm.conformance.model.doubleparent.SalesRep.class),
                SessionOptions.DEFAULTS.withExpireOnCommit(false).withAutoflush(false));
        try (s) {
            var a = new io.alchemy.orm.conformance.model.doubleparent.Account(0);
            var sr = new io.alchemy.orm.conformance.model.doubleparent.SalesRep("John");
            s.addAll(List.of(a, sr));
            s.commit();
            var c = new io.alchemy.orm.conformance.model.doubleparent.Customer("Jane");
            a.getCustomers().add(c);
            sr.getCustomers().add(c);
            assertThat(s.contains(c)).isTrue();
            a.getCustomers().remove(c);
            assertThat(s.contains(c)).as("Should expunge customer when either parent is gone").isFalse();
            sr.getCustomers().remove(c);
            assertThat(s.contains(c)).as("Should expunge customer when both parents are gone").isFalse();
        }
    }

    /** DoubleParentO2MOrphanTest.test_double_parent_expunge_o2o_current */
    @MatrixTest
    void test_double_parent_expunge_o2o_current(TestDatabase db) {
        Session s = new Session(engineFor(db, io.alchemy.orm.conformance.model.doubleparento2o.Customer.class,
                io.alchemy.orm.conformance.model.doubleparento2o.Account.class,
                io.alchemy.orm.conformance.model.doubleparento2o.SalesRep.class),
                SessionOptions.DEFAULTS.withExpireOnCommit(false).withAutoflush(false));
        try (s) {
            var a = new io.alchemy.orm.conformance.model.doubleparento2o.Account(0);
            var sr = new io.alchemy.orm.conformance.model.doubleparento2o.SalesRep("John");
            s.addAll(List.of(a, sr));
            s.commit();
            var c = new io.alchemy.orm.conformance.model.doubleparento2o.Customer("Jane");
            a.setCustomers(c);
            sr.setCustomers(c);
            assertThat(s.contains(c)).isTrue();
            a.setCustomers(null);
            assertThat(s.contains(c)).as("Should expunge customer when either parent is gone").isFalse();
            sr.setCustomers(null);
            assertThat(s.contains(c)).as("Should expunge customer when both parents are gone").isFalse();
        }
    }

    // ------------------------------------------------------------------ O2MCascadeDeleteOrphanTest, O2MCascadeDeleteNoOrphanTest

    /** O2MCascadeDeleteOrphanTest.test_remove_pending_from_pending_parent */
    @MatrixTest
    void test_remove_pending_from_pending_parent(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db, Fixtures.orphan()))) {
            var u = new io.alchemy.orm.conformance.model.OrphanUser("jack");
            var o1 = new io.alchemy.orm.conformance.model.OrphanOrder();
            sess.add(o1);
            // object becomes an orphan, but parent is not in session
            u.getOrders().add(o1);
            u.getOrders().remove(o1);
            sess.add(u);
            assertThat(sess.contains(o1)).isTrue();
            sess.flush();
            assertThat(sess.contains(o1)).isFalse();
        }
    }

    /** O2MCascadeDeleteNoOrphanTest.test_cascade_delete_noorphans */
    @MatrixTest
    void test_cascade_delete_noorphans(TestDatabase db) {
        Class<?> user = io.alchemy.orm.conformance.model.noorphan.User.class;
        try (Session sess = new Session(engineFor(db, user, io.alchemy.orm.conformance.model.noorphan.Order.class))) {
            var u = new io.alchemy.orm.conformance.model.noorphan.User("jack");
            u.getOrders().add(new io.alchemy.orm.conformance.model.noorphan.Order("someorder"));
            u.getOrders().add(new io.alchemy.orm.conformance.model.noorphan.Order("someotherorder"));
            sess.add(u);
            sess.flush();
            assertThat(count(sess, user, "users")).isEqualTo(1);
            assertThat(count(sess, user, "orders")).isEqualTo(2);
            u.getOrders().remove(0);
            sess.delete(u);
            sess.flush();
            assertThat(count(sess, user, "users")).isZero();
            assertThat(count(sess, user, "orders")).isEqualTo(1);
        }
    }

    // ------------------------------------------------------------------ ViewonlyCascadeUpdate

    /** ViewonlyCascadeUpdate.test_expunge_cascade */
    @MatrixTest
    void test_expunge_cascade(TestDatabase db) {
        try (Session sess = new Session(engineFor(db, io.alchemy.orm.conformance.model.viewonlyexpunge.User.class,
                io.alchemy.orm.conformance.model.viewonlyexpunge.Order.class))) {
            var u = new io.alchemy.orm.conformance.model.viewonlyexpunge.User("jack");
            u.setId(1);
            sess.add(u);
            for (Object[] row : new Object[][] {{1, "someorder"}, {2, "someotherorder"}}) {
                var o = new io.alchemy.orm.conformance.model.viewonlyexpunge.Order((String) row[1]);
                o.setId((Integer) row[0]);
                o.setUserId(1);
                sess.add(o);
            }
            sess.commit();
            var u1 = sess.scalars(select(io.alchemy.orm.conformance.model.viewonlyexpunge.User.class)).first();
            var orders = u1.getOrders();
            assertThat(orders).hasSize(2);
            assertThat(sess.contains(orders.get(0))).isTrue();
            assertThat(sess.contains(orders.get(1))).isTrue();
            sess.expunge(u1);
            assertThat(sess.contains(orders.get(0))).isFalse();
            assertThat(sess.contains(orders.get(1))).isFalse();
        }
    }

    /** ViewonlyCascadeUpdate.test_default_none_cascade */
    @MatrixTest
    void test_default_none_cascade(TestDatabase db) {
        try (Session sess = new Session(engineFor(db, io.alchemy.orm.conformance.model.viewonly.User.class,
                io.alchemy.orm.conformance.model.viewonly.Order.class))) {
            var u1 = new io.alchemy.orm.conformance.model.viewonly.User("jack");
            u1.setId(1);
            sess.add(u1);
            var o1 = new io.alchemy.orm.conformance.model.viewonly.Order("someorder");
            o1.setId(1);
            o1.setUserId(1);
            var o2 = new io.alchemy.orm.conformance.model.viewonly.Order("someotherorder");
            o2.setId(2);
            o2.setUserId(1);
            u1.getOrders().add(o1);
            u1.getOrders().add(o2);
            assertThat(sess.contains(o1)).isFalse();
            assertThat(sess.contains(o2)).isFalse();
        }
    }

    private static void defaultMergeCascade(TestDatabase db, String collectionStatus) {
        try (Session sess = new Session(engineFor(db, io.alchemy.orm.conformance.model.viewonly.User.class,
                io.alchemy.orm.conformance.model.viewonly.Order.class))) {
            var u1 = new io.alchemy.orm.conformance.model.viewonly.User("jack");
            u1.setId(1);
            var o1 = new io.alchemy.orm.conformance.model.viewonly.Order("someorder");
            o1.setId(1);
            o1.setUserId(1);
            var o2 = new io.alchemy.orm.conformance.model.viewonly.Order("someotherorder");
            o2.setId(2);
            o2.setUserId(1);
            if (collectionStatus.equals("pending")) {
                // technically this is pointless, one should not be appending to this collection
                u1.getOrders().add(o1);
                u1.getOrders().add(o2);
            } else {
                sess.add(u1);
                sess.flush();
                sess.addAll(List.of(o1, o2));
                sess.flush();
                u1.getOrders();
            }
            var merged = sess.merge(u1);
            assertThat(io.alchemy.orm.Orm.inspect(merged).unloaded()).doesNotContain("orders");
            assertThat(merged.getOrders()).isNotEmpty();
        }
    }

    /**
     * ViewonlyCascadeUpdate.test_default_merge_cascade, collection_status "persistent": SQLAlchemy's {@code u1.orders}
     * after the flushes lazy-loads the two orders; the Java object's collection, initialized empty when it was new,
     * counts as loaded, so it stays empty until expired. The merge keeps it present (not reloaded), as SQLAlchemy.
     */
    @MatrixTest
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-new-object-collections-loaded",
            value = "a new object's collection (initialized empty) stays loaded after its INSERT: u1.orders is [] "
                    + "until expired, where SQLAlchemy lazy-loads the orders flushed since")
    void test_default_merge_cascade_persistent(TestDatabase db) {
        try (Session sess = new Session(engineFor(db, io.alchemy.orm.conformance.model.viewonly.User.class,
                io.alchemy.orm.conformance.model.viewonly.Order.class))) {
            var u1 = new io.alchemy.orm.conformance.model.viewonly.User("jack");
            u1.setId(1);
            var o1 = new io.alchemy.orm.conformance.model.viewonly.Order("someorder");
            o1.setId(1);
            o1.setUserId(1);
            var o2 = new io.alchemy.orm.conformance.model.viewonly.Order("someotherorder");
            o2.setId(2);
            o2.setUserId(1);
            sess.add(u1);
            sess.flush();
            sess.addAll(List.of(o1, o2));
            sess.flush();
            assertThat(u1.getOrders()).isEmpty();
            var merged = sess.merge(u1);
            assertThat(io.alchemy.orm.Orm.inspect(merged).unloaded()).doesNotContain("orders");
            sess.expire(merged, "orders");
            assertThat(merged.getOrders()).containsExactly(o1, o2);
        }
    }

    /** ViewonlyCascadeUpdate.test_default_merge_cascade, collection_status "pending" */
    @MatrixTest
    void test_default_merge_cascade_pending(TestDatabase db) {
        defaultMergeCascade(db, "pending");
    }

    /** ViewonlyCascadeUpdate.test_default_cascade */
    @MatrixTest
    void test_default_cascade(TestDatabase db) {
        engineFor(db, io.alchemy.orm.conformance.model.viewonly.User.class,
                io.alchemy.orm.conformance.model.viewonly.Order.class);
        var umapper = io.alchemy.orm.mapping.Mappers.of(io.alchemy.orm.conformance.model.viewonly.User.class);
        assertThat(((io.alchemy.orm.mapping.RelationshipProperty) umapper.attribute("orders")).cascade())
                .containsExactly(io.alchemy.orm.mapping.Cascade.MERGE);
    }

    // ------------------------------------------------------------------ CollectionCascadesNoBackrefTest

    private static void cascadesOnCollection(TestDatabase db, String methname) {
        boolean set = methname.equals("add");
        Session s = new Session(set ? engineFor(db, io.alchemy.orm.conformance.model.collcascadeset.A.class,
                io.alchemy.orm.conformance.model.collcascadeset.B.class)
                : engineFor(db, io.alchemy.orm.conformance.model.collcascade.A.class,
                        io.alchemy.orm.conformance.model.collcascade.B.class));
        try (s) {
            if (set) {
                var a1 = new io.alchemy.orm.conformance.model.collcascadeset.A();
                s.add(a1);
                var b1 = new io.alchemy.orm.conformance.model.collcascadeset.B("b1");
                var b2 = new io.alchemy.orm.conformance.model.collcascadeset.B("b2");
                var b3 = new io.alchemy.orm.conformance.model.collcascadeset.B("b3");
                b1.setA(a1);
                b3.setA(a1);
                assertThat(s.contains(b1)).isFalse();
                assertThat(s.contains(b3)).isFalse();
                a1.getBs().add(b1);
                a1.getBs().add(b2);
                assertThat(s.contains(b1)).isTrue();
                assertThat(s.contains(b2)).isTrue();
                assertThat(s.contains(b3)).isFalse(); // the event never triggers from reverse
                return;
            }
            var a1 = new io.alchemy.orm.conformance.model.collcascade.A();
            s.add(a1);
            var b1 = new io.alchemy.orm.conformance.model.collcascade.B("b1");
            var b2 = new io.alchemy.orm.conformance.model.collcascade.B("b2");
            var b3 = new io.alchemy.orm.conformance.model.collcascade.B("b3");
            b1.setA(a1);
            b3.setA(a1);
            assertThat(s.contains(b1)).isFalse();
            assertThat(s.contains(b3)).isFalse();
            if (methname.equals("assign")) {
                a1.setBs(new ArrayList<>(List.of(b1, b2)));
            } else {
                a1.getBs().add(b1);
                a1.getBs().add(b2);
            }
            assertThat(s.contains(b1)).isTrue();
            assertThat(s.contains(b2)).isTrue();
            assertThat(s.contains(b3)).isFalse(); // the event never triggers from reverse
        }
    }

    /** CollectionCascadesNoBackrefTest.test_cascades_on_collection, (set, "add") */
    @MatrixTest
    void test_cascades_on_collection_set_add(TestDatabase db) {
        cascadesOnCollection(db, "add");
    }

    /** CollectionCascadesNoBackrefTest.test_cascades_on_collection, (list, "append") */
    @MatrixTest
    void test_cascades_on_collection_list_append(TestDatabase db) {
        cascadesOnCollection(db, "append");
    }

    /** CollectionCascadesNoBackrefTest.test_cascades_on_collection, (list, "assign") */
    @MatrixTest
    void test_cascades_on_collection_list_assign(TestDatabase db) {
        cascadesOnCollection(db, "assign");
    }

    // ------------------------------------------------------------------ CasadeWithRaiseloadTest, O2OSingleParentNoFlushTest

    /** CasadeWithRaiseloadTest.test_delete_skips_lazy_raise */
    @MatrixTest
    void test_delete_skips_lazy_raise(TestDatabase db) {
        Class<?> user = io.alchemy.orm.conformance.model.raiseloaddelete.User.class;
        try (Session sess = new Session(engineFor(db, user,
                io.alchemy.orm.conformance.model.raiseloaddelete.Address.class))) {
            var u1 = new io.alchemy.orm.conformance.model.raiseloaddelete.User("u1");
            u1.getAddresses().add(new io.alchemy.orm.conformance.model.raiseloaddelete.Address("e1"));
            u1.getAddresses().add(new io.alchemy.orm.conformance.model.raiseloaddelete.Address("e2"));
            sess.add(u1);
            sess.commit();
            assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.raiseloaddelete.Address.class)
                    .orderBy(io.alchemy.orm.conformance.model.raiseloaddelete.Address_.emailAddress)).all())
                    .extracting(io.alchemy.orm.conformance.model.raiseloaddelete.Address::getEmailAddress)
                    .containsExactly("e1", "e2");
            sess.close();
            sess.delete(u1);
            sess.commit();
            assertThat(sess.scalars(select(io.alchemy.orm.conformance.model.raiseloaddelete.Address.class)).all())
                    .isEmpty();
        }
    }

    /** O2OSingleParentNoFlushTest.test_replace_attribute_no_flush */
    @MatrixTest
    void test_replace_attribute_no_flush(TestDatabase db) {
        try (Session sess = new Session(engineFor(db, io.alchemy.orm.conformance.model.o2osingleparent.User.class,
                io.alchemy.orm.conformance.model.o2osingleparent.Address.class))) {
            var a1 = new io.alchemy.orm.conformance.model.o2osingleparent.Address("some address");
            var u1 = new io.alchemy.orm.conformance.model.o2osingleparent.User("u1");
            u1.setAddress(a1);
            sess.add(u1);
            sess.commit();
            // the set operation requires that "u1" is unexpired, because the replace operation wants to load the
            // previous value; the unexpire must not autoflush the pending a2 (its user_id is NOT NULL)
            assertThat(io.alchemy.orm.Orm.inspect(u1).unloaded()).contains("id");
            var a2 = new io.alchemy.orm.conformance.model.o2osingleparent.Address("asdf");
            sess.add(a2);
            u1.setAddress(a2);
        }
    }
}
