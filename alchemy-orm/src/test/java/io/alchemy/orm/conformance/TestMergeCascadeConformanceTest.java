package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/**
 * SQLAlchemy's {@code test/orm/test_merge.py}: merges that cascade along relationships. SQLAlchemy's
 * {@code load_tracker} counts (load events) are not asserted: Alchemy has no load event; the outcomes are.
 */
@PortedFrom("test/orm/test_merge.py")
class TestMergeCascadeConformanceTest {
    private static final SessionOptions NO_EXPIRE = SessionOptions.DEFAULTS.withExpireOnCommit(false);

    private static long statements(Engine engine, Runnable work) {
        SqlRecorder log = SqlRecorder.on(engine);
        try {
            work.run();
            return log.statements();
        } finally {
            engine.removeListener(log);
        }
    }

    private static String describe(User u) {
        return u.getId() + ":" + u.getName() + u.getAddresses().stream().map(Address::getEmailAddress).toList();
    }

    /** MergeTest.test_attribute_cascade */
    @MatrixTest
    void test_attribute_cascade(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        User u = new User("fred");
        u.setId(7);
        u.getAddresses().add(new Address("foo@bar.com"));
        u.getAddresses().add(new Address("hoho@la.com"));
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            sess.add(u);
            sess.commit();
        }
        // assert data was saved
        try (Session sess2 = new Session(engine)) {
            assertThat(describe(sess2.get(User.class, 7))).isEqualTo("7:fred[foo@bar.com, hoho@la.com]");
        }
        // make local changes to data
        u.setName("fred2");
        u.getAddresses().get(1).setEmailAddress("hoho@lalala.com");
        // new session, merge modified data into session
        try (Session sess3 = new Session(engine, NO_EXPIRE)) {
            User u3 = sess3.merge(u);
            // ensure local changes are pending
            assertThat(describe(u3)).isEqualTo("7:fred2[foo@bar.com, hoho@lalala.com]");
            // save merged data
            sess3.commit();
        }
        // assert modified/merged data was saved
        User saved;
        try (Session sess = new Session(engine)) {
            saved = sess.get(User.class, 7);
            assertThat(describe(saved)).isEqualTo("7:fred2[foo@bar.com, hoho@lalala.com]");
        }
        // merge persistent object into another session
        User merged;
        try (Session sess4 = new Session(engine, NO_EXPIRE)) {
            merged = sess4.merge(saved);
            assertThat(merged.getAddresses()).isNotEmpty();
            for (Address a : merged.getAddresses()) {
                assertThat(a.getUser()).isSameAs(merged);
            }
            // no changes; therefore flush should do nothing
            assertThat(statements(engine, sess4::flush)).isZero();
            sess4.commit();
        }
        // test with "dontload" merge
        User dontload;
        try (Session sess5 = new Session(engine, NO_EXPIRE)) {
            dontload = sess5.merge(merged, false);
            assertThat(dontload.getAddresses()).isNotEmpty();
            for (Address a : dontload.getAddresses()) {
                assertThat(a.getUser()).isSameAs(dontload);
            }
            // no changes, and load=False wipes out any difference in committed state: no flush at all
            assertThat(statements(engine, sess5::flush)).isZero();
        }
        try (Session sess4 = new Session(engine, NO_EXPIRE)) {
            User again = sess4.merge(dontload, false);
            // post merge change
            again.getAddresses().get(1).setEmailAddress("afafds");
            // afafds change flushes
            assertThat(statements(engine, sess4::flush)).isEqualTo(1);
            sess4.commit();
        }
        try (Session sess5 = new Session(engine, NO_EXPIRE)) {
            User u2 = sess5.get(User.class, 7);
            assertThat(u2.getName()).isEqualTo("fred2");
            assertThat(u2.getAddresses().get(1).getEmailAddress()).isEqualTo("afafds");
        }
    }

    /**
     * MergeTest.test_many_to_one_cascade; SQLAlchemy's attribute history of {@code a2.user} is read as what it says:
     * changed (dirty, holding u2) after a loading merge, unchanged (not dirty, holding u1) after {@code load=False}.
     */
    @MatrixTest
    void test_many_to_one_cascade(TestDatabase db) {
        Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.m2ouser.Address.class,
                io.alchemy.orm.conformance.model.m2ouser.User.class);
        var u1 = new io.alchemy.orm.conformance.model.m2ouser.User(1, "u1");
        var a1 = new io.alchemy.orm.conformance.model.m2ouser.Address(1, "a1", u1);
        var u2 = new io.alchemy.orm.conformance.model.m2ouser.User(2, "u2");
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            sess.add(a1);
            sess.add(u2);
            sess.commit();
            a1.setUser(u2);
            try (Session sess2 = new Session(engine, NO_EXPIRE)) {
                var a2 = sess2.merge(a1);
                assertThat(a2.getUser()).isNotNull();
                assertThat(a2.getUser().getId()).isEqualTo(2);
                assertThat(sess2.dirty()).contains(a2);
            }
            sess.refresh(a1);
            try (Session sess2 = new Session(engine, NO_EXPIRE)) {
                var a2 = sess2.merge(a1, false);
                assertThat(a2.getUser()).isNotNull();
                assertThat(a2.getUser().getId()).isEqualTo(1);
                assertThat(sess2.dirty()).doesNotContain(a2);
            }
        }
    }

    /** MergeTest.test_no_load_preserves_parents */
    @MatrixTest
    void test_no_load_preserves_parents(TestDatabase db) {
        Engine engine = Fixtures.engine(db, Fixtures.orphan());
        OrphanUser u = new OrphanUser("fred");
        u.setId(7);
        OrphanAddress a1 = new OrphanAddress("foo@bar.com");
        u.getAddresses().add(a1);
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            sess.add(u);
            sess.commit();
        }
        assertThat(u.getAddresses().get(0).getUser()).isSameAs(u);
        OrphanUser u2;
        try (Session sess2 = new Session(engine, NO_EXPIRE)) {
            u2 = sess2.merge(u, false);
            assertThat(sess2.dirty()).isEmpty();
            OrphanAddress a2 = u2.getAddresses().get(0);
            a2.setEmailAddress("somenewaddress");
            sess2.commit();
        }
        try (Session sess2 = new Session(engine)) {
            assertThat(sess2.get(OrphanUser.class, u2.getId()).getAddresses().get(0).getEmailAddress())
                    .isEqualTo("somenewaddress");
        }
        // a pending Address on the pre-merged object: load=False does not support 'dirty' objects
        try (Session sess = new Session(engine); Session sess3 = new Session(engine)) {
            OrphanUser loaded = sess.get(OrphanUser.class, 7);
            loaded.getAddresses().add(new OrphanAddress());
            assertThatThrownBy(() -> sess3.merge(loaded, false)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("load=False option does not support");
        }
    }

    /** MergeTest.test_one_to_one_cascade */
    @MatrixTest
    void test_one_to_one_cascade(TestDatabase db) {
        Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.o2oaddress.User.class,
                io.alchemy.orm.conformance.model.o2oaddress.Address.class);
        try (Session sess = new Session(engine, NO_EXPIRE)) {
            var u = new io.alchemy.orm.conformance.model.o2oaddress.User();
            u.setId(7);
            u.setName("fred");
            var a1 = new io.alchemy.orm.conformance.model.o2oaddress.Address();
            a1.setEmailAddress("foo@bar.com");
            u.setAddress(a1);
            sess.add(u);
            sess.commit();
            try (Session sess2 = new Session(engine)) {
                var u2 = sess2.get(io.alchemy.orm.conformance.model.o2oaddress.User.class, 7);
                u2.setName("fred2");
                u2.getAddress().setEmailAddress("hoho@lalala.com");
                var u3 = sess.merge(u2);
                assertThat(u3).isSameAs(u);
            }
        }
    }
}
