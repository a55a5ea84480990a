package io.alchemy.orm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.Ns10Item;
import io.alchemy.orm.conformance.model.Ns10Keyword;
import io.alchemy.orm.conformance.model.Ns11Item;
import io.alchemy.orm.conformance.model.Ns11Keyword;
import io.alchemy.orm.conformance.model.Ns1Address;
import io.alchemy.orm.conformance.model.Ns1User;
import io.alchemy.orm.conformance.model.Ns2Address;
import io.alchemy.orm.conformance.model.Ns2User;
import io.alchemy.orm.conformance.model.Ns3Address;
import io.alchemy.orm.conformance.model.Ns3User;
import io.alchemy.orm.conformance.model.Ns4Address;
import io.alchemy.orm.conformance.model.Ns4User;
import io.alchemy.orm.conformance.model.Ns5Address;
import io.alchemy.orm.conformance.model.Ns5User;
import io.alchemy.orm.conformance.model.Ns6Address;
import io.alchemy.orm.conformance.model.Ns6User;
import io.alchemy.orm.conformance.model.Ns7Address;
import io.alchemy.orm.conformance.model.Ns7User;
import io.alchemy.orm.conformance.model.Ns8Item;
import io.alchemy.orm.conformance.model.Ns8Keyword;
import io.alchemy.orm.conformance.model.Ns9Item;
import io.alchemy.orm.conformance.model.Ns9Keyword;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/**
 * SQLAlchemy's {@code test/orm/test_cascade.py}, {@code NoSaveCascadeFlushTest}: a related object the save-update
 * cascade does not reach is left out of the flush with the warning "not in session". Each of SQLAlchemy's
 * {@code _one_to_many_fixture} / {@code _many_to_many_fixture} settings is a pair of classes {@code NsN…} (their
 * javadoc names the setting); the tables are the fixture's users / addresses and items / keywords / item_keywords.
 */
@PortedFrom("test/orm/test_cascade.py")
class TestCascadeNoSaveConformanceTest {

    private static Engine engine(TestDatabase db, Class<?>... classes) {
        Registry registry = Fixtures.mapping(classes);
        return Fixtures.engine(db, registry);
    }

    /** {@code assert_warns_message(sa_exc.SAWarning, "not in session", work)}. */
    private static void warnsNotInSession(Runnable work) {
        try (LogCapture log = LogCapture.of("io.alchemy.orm.persistence.RelationshipSync")) {
            work.run();
            assertThat(String.join("\n", log.messages())).contains("not in session");
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_only_child_pending */
    @MatrixTest
    void test_o2m_only_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns1User.class, Ns1Address.class))) {
            Ns1User u1 = new Ns1User("u1");
            Ns1Address a1 = new Ns1Address("a1");
            u1.getAddresses().add(a1);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isTrue();
            sess.flush();
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_only_child_transient */
    @MatrixTest
    void test_o2m_only_child_transient(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns2User.class, Ns2Address.class))) {
            Ns2User u1 = new Ns2User("u1");
            Ns2Address a1 = new Ns2Address("a1");
            u1.getAddresses().add(a1);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_only_child_persistent */
    @MatrixTest
    void test_o2m_only_child_persistent(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns2User.class, Ns2Address.class))) {
            Ns2User u1 = new Ns2User("u1");
            Ns2Address a1 = new Ns2Address("a1");
            sess.add(a1);
            sess.flush();
            sess.expungeAll();
            u1.getAddresses().add(a1);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_backref_child_pending */
    @MatrixTest
    void test_o2m_backref_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns3User.class, Ns3Address.class))) {
            Ns3User u1 = new Ns3User("u1");
            Ns3Address a1 = new Ns3Address("a1");
            u1.getAddresses().add(a1);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isTrue();
            sess.flush();
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_backref_child_transient */
    @MatrixTest
    void test_o2m_backref_child_transient(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns4User.class, Ns4Address.class))) {
            Ns4User u1 = new Ns4User("u1");
            Ns4Address a1 = new Ns4Address("a1");
            u1.getAddresses().add(a1);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_backref_child_transient_nochange */
    @MatrixTest
    void test_o2m_backref_child_transient_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns4User.class, Ns4Address.class))) {
            Ns4User u1 = new Ns4User("u1");
            Ns4Address a1 = new Ns4Address("a1");
            u1.getAddresses().add(a1);
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::commit);
            assertThat(u1.getAddresses()).isEmpty();
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_backref_child_expunged */
    @MatrixTest
    void test_o2m_backref_child_expunged(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns4User.class, Ns4Address.class))) {
            Ns4User u1 = new Ns4User("u1");
            Ns4Address a1 = new Ns4Address("a1");
            sess.add(a1);
            sess.flush();
            sess.add(u1);
            u1.getAddresses().add(a1);
            sess.expunge(a1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_o2m_backref_child_expunged_nochange */
    @MatrixTest
    void test_o2m_backref_child_expunged_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns4User.class, Ns4Address.class))) {
            Ns4User u1 = new Ns4User("u1");
            Ns4Address a1 = new Ns4Address("a1");
            sess.add(a1);
            sess.flush();
            sess.add(u1);
            u1.getAddresses().add(a1);
            sess.expunge(a1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::commit);
            assertThat(u1.getAddresses()).isEmpty();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_only_child_pending */
    @MatrixTest
    void test_m2o_only_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns5User.class, Ns5Address.class))) {
            Ns5User u1 = new Ns5User("u1");
            Ns5Address a1 = new Ns5Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isTrue();
            sess.flush();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_only_child_transient */
    @MatrixTest
    void test_m2o_only_child_transient(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns6User.class, Ns6Address.class))) {
            Ns6User u1 = new Ns6User("u1");
            Ns6Address a1 = new Ns6Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_only_child_expunged */
    @MatrixTest
    void test_m2o_only_child_expunged(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns6User.class, Ns6Address.class))) {
            Ns6User u1 = new Ns6User("u1");
            sess.add(u1);
            sess.flush();
            Ns6Address a1 = new Ns6Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_child_pending */
    @MatrixTest
    void test_m2o_backref_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns3User.class, Ns3Address.class))) {
            Ns3User u1 = new Ns3User("u1");
            Ns3Address a1 = new Ns3Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(sess.contains(a1)).isTrue();
            sess.flush();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_child_transient */
    @MatrixTest
    void test_m2o_backref_child_transient(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_child_expunged */
    @MatrixTest
    void test_m2o_backref_child_expunged(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            sess.add(u1);
            sess.flush();
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_future_child_pending */
    @MatrixTest
    void test_m2o_backref_future_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            sess.add(u1);
            sess.flush();
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            assertThat(sess.contains(a1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_backref_future_child_pending */
    @MatrixTest
    void test_m2m_backref_future_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns10Item.class, Ns10Keyword.class))) {
            Ns10Item i1 = new Ns10Item("i1");
            sess.add(i1);
            sess.flush();
            Ns10Keyword k1 = new Ns10Keyword("k1");
            k1.getItems().add(i1);
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_future_child_expunged */
    @MatrixTest
    void test_m2o_backref_future_child_expunged(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            sess.add(u1);
            sess.flush();
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            assertThat(sess.contains(a1)).isFalse();
            sess.add(a1);
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_child_pending_nochange */
    @MatrixTest
    void test_m2o_backref_child_pending_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::commit);
            // didn't get flushed
            assertThat(a1.getUser()).isNull();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_child_expunged_nochange */
    @MatrixTest
    void test_m2o_backref_child_expunged_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            sess.add(u1);
            sess.flush();
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            sess.add(a1);
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::commit);
            // didn't get flushed
            assertThat(a1.getUser()).isNull();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2o_backref_future_child_expunged_nochange */
    @MatrixTest
    void test_m2o_backref_future_child_expunged_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns7User.class, Ns7Address.class))) {
            Ns7User u1 = new Ns7User("u1");
            sess.add(u1);
            sess.flush();
            Ns7Address a1 = new Ns7Address("a1");
            a1.setUser(u1);
            assertThat(sess.contains(a1)).isFalse();
            sess.add(a1);
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(sess.contains(a1)).isTrue();
            warnsNotInSession(sess::commit);
            // didn't get flushed
            assertThat(a1.getUser()).isNull();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_only_child_pending */
    @MatrixTest
    void test_m2m_only_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns8Item.class, Ns8Keyword.class))) {
            Ns8Item i1 = new Ns8Item("i1");
            Ns8Keyword k1 = new Ns8Keyword("k1");
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isTrue();
            sess.flush();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_only_child_transient */
    @MatrixTest
    void test_m2m_only_child_transient(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns9Item.class, Ns9Keyword.class))) {
            Ns9Item i1 = new Ns9Item("i1");
            Ns9Keyword k1 = new Ns9Keyword("k1");
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_only_child_persistent */
    @MatrixTest
    void test_m2m_only_child_persistent(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns9Item.class, Ns9Keyword.class))) {
            Ns9Item i1 = new Ns9Item("i1");
            Ns9Keyword k1 = new Ns9Keyword("k1");
            sess.add(k1);
            sess.flush();
            sess.expungeAll();
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_backref_child_pending */
    @MatrixTest
    void test_m2m_backref_child_pending(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns10Item.class, Ns10Keyword.class))) {
            Ns10Item i1 = new Ns10Item("i1");
            Ns10Keyword k1 = new Ns10Keyword("k1");
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isTrue();
            sess.flush();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_backref_child_transient */
    @MatrixTest
    void test_m2m_backref_child_transient(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns11Item.class, Ns11Keyword.class))) {
            Ns11Item i1 = new Ns11Item("i1");
            Ns11Keyword k1 = new Ns11Keyword("k1");
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_backref_child_transient_nochange */
    @MatrixTest
    void test_m2m_backref_child_transient_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns11Item.class, Ns11Keyword.class))) {
            Ns11Item i1 = new Ns11Item("i1");
            Ns11Keyword k1 = new Ns11Keyword("k1");
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::commit);
            assertThat(i1.getKeywords()).isEmpty();
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_backref_child_expunged */
    @MatrixTest
    void test_m2m_backref_child_expunged(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns11Item.class, Ns11Keyword.class))) {
            Ns11Item i1 = new Ns11Item("i1");
            Ns11Keyword k1 = new Ns11Keyword("k1");
            sess.add(k1);
            sess.flush();
            sess.add(i1);
            i1.getKeywords().add(k1);
            sess.expunge(k1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::flush);
        }
    }

    /** NoSaveCascadeFlushTest.test_m2m_backref_child_expunged_nochange */
    @MatrixTest
    void test_m2m_backref_child_expunged_nochange(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns11Item.class, Ns11Keyword.class))) {
            Ns11Item i1 = new Ns11Item("i1");
            Ns11Keyword k1 = new Ns11Keyword("k1");
            sess.add(k1);
            sess.flush();
            sess.add(i1);
            i1.getKeywords().add(k1);
            sess.expunge(k1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            warnsNotInSession(sess::commit);
            assertThat(i1.getKeywords()).isEmpty();
        }
    }

    /** NoSaveCascadeBackrefTest.test_unidirectional_cascade_m2m */
    @MatrixTest
    void test_unidirectional_cascade_m2m(TestDatabase db) {
        try (Session sess = new Session(engine(db, Ns11Item.class, Ns11Keyword.class))) {
            Ns11Item i1 = new Ns11Item();
            Ns11Keyword k1 = new Ns11Keyword();
            sess.add(i1);
            i1.getKeywords().add(k1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
            sess.expungeAll();
            i1 = new Ns11Item();
            k1 = new Ns11Keyword();
            sess.add(i1);
            k1.getItems().add(i1);
            assertThat(sess.contains(i1)).isTrue();
            assertThat(sess.contains(k1)).isFalse();
        }
    }
}
