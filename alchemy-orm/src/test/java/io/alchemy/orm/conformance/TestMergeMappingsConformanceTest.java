package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Ns5Address;
import io.alchemy.orm.conformance.model.Ns5User;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;

/**
 * SQLAlchemy's {@code test/orm/test_merge.py}: merge warnings, and a many-to-one without the {@code merge} cascade
 * ({@code Address.user = relationship(User, cascade="save-update")}: {@code Ns5Address}).
 */
@PortedFrom("test/orm/test_merge.py")
class TestMergeMappingsConformanceTest {
    private static final SessionOptions NO_AUTOFLUSH = SessionOptions.DEFAULTS.withAutoflush(false);

    private static void warnsAlreadyPending(Runnable work) {
        try (LogCapture log = LogCapture.of("io.alchemy.orm.Session.merge")) {
            work.run();
            assertThat(String.join("\n", log.messages())).containsPattern("Instance <User.*> is already pending in "
                    + "this Session yet is being merged again; this is probably not what you want to do");
        }
    }

    /** MergeTest.test_warn_transient_already_pending_nopk */
    @MatrixTest
    void test_warn_transient_already_pending_nopk(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db), NO_AUTOFLUSH)) {
            User u = new User("fred");
            sess.add(u);
            warnsAlreadyPending(() -> sess.merge(u));
        }
    }

    /** MergeTest.test_warn_transient_already_pending_pk */
    @MatrixTest
    void test_warn_transient_already_pending_pk(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db), NO_AUTOFLUSH)) {
            User u = new User("fred");
            u.setId(1);
            sess.add(u);
            warnsAlreadyPending(() -> sess.merge(u));
        }
    }

    /** MergeTest.test_no_relationship_cascade */
    @MatrixTest
    void test_no_relationship_cascade(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engineFor(db, Ns5User.class, Ns5Address.class))) {
            Ns5User u1 = new Ns5User("fred");
            Ns5Address a1 = new Ns5Address("asdf");
            a1.setUser(u1);
            sess.add(a1);
            sess.flush();
            Ns5Address a2 = new Ns5Address("bar");
            a2.setId(a1.getId());
            a2.setUser(new Ns5User("hoho"));
            a2 = sess.merge(a2);
            sess.flush();
            // no expire of the attribute
            assertThat(a2.getUser()).isSameAs(u1);
            // merge succeeded
            assertThat(sess.scalars(select(Ns5Address.class)).all())
                    .extracting(Ns5Address::getId, Ns5Address::getEmailAddress)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a1.getId(), "bar"));
            // didn't touch user
            assertThat(sess.scalars(select(Ns5User.class)).all()).extracting(Ns5User::getName)
                    .containsExactly("fred");
        }
    }

    /**
     * CompositeNullPksTest.test_merge_allow_partial: SQLAlchemy looks the partial key up (one SELECT); Alchemy knows no
     * row has a NULL primary key column and sends none.
     */
    @MatrixTest
    @Deviation(
            decision = "0013-sqlalchemy-conformance-differences.md#orm-merge-partial-key-no-select",
            value = "merge() of an object whose composite primary key is partly NULL sends no SELECT (SQLAlchemy's "
                    + "allow_partial_pks lookup sends one, which finds nothing)")
    void test_merge_allow_partial(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db,
                io.alchemy.orm.conformance.model.compositenull.Data.class);
        try (Session sess = new Session(engine)) {
            var d1 = new io.alchemy.orm.conformance.model.compositenull.Data();
            d1.setPk1("someval");
            d1.setPk2(null);
            io.alchemy.testing.SqlRecorder log = io.alchemy.testing.SqlRecorder.on(engine);
            try {
                sess.merge(d1);
                assertThat(log.statements()).isZero();
            } finally {
                engine.removeListener(log);
            }
        }
    }

    /** MergeTest.test_dont_send_neverset_to_get */
    @MatrixTest
    void test_dont_send_neverset_to_get(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db,
                io.alchemy.orm.conformance.model.compositepk.CompositePk.class);
        try (Session sess = new Session(engine)) {
            var cp1 = new io.alchemy.orm.conformance.model.compositepk.CompositePk();
            cp1.setJ(1);
            cp1.setK(1);
            java.util.List<io.alchemy.orm.conformance.model.compositepk.CompositePk> rec = new java.util.ArrayList<>();
            io.alchemy.testing.SqlRecorder log = io.alchemy.testing.SqlRecorder.on(engine);
            try {
                rec.add(sess.merge(cp1));
                assertThat(log.statements()).isZero();
            } finally {
                engine.removeListener(log);
            }
            rec.get(0).setI(5);
            sess.commit();
            assertThat(rec.get(0).getI()).isEqualTo(5);
        }
    }

    /**
     * MergeTest.test_dontload_with_eager; SQLAlchemy's mapping has no backref on {@code User.addresses}, the
     * {@code emailorder} mapping ({@code User.addresses} without a backref, ordered by e-mail) stands for it.
     */
    @MatrixTest
    void test_dontload_with_eager(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engineFor(db,
                io.alchemy.orm.conformance.model.emailorder.User.class,
                io.alchemy.orm.conformance.model.emailorder.Address.class);
        try (Session sess = new Session(engine, SessionOptions.DEFAULTS.withExpireOnCommit(false))) {
            var u = new io.alchemy.orm.conformance.model.emailorder.User();
            u.setId(7);
            u.setName("fred");
            var a1 = new io.alchemy.orm.conformance.model.emailorder.Address();
            a1.setEmailAddress("foo@bar.com");
            u.getAddresses().add(a1);
            sess.add(u);
            sess.commit();
        }
        Session sess2 = new Session(engine);
        var u2 = sess2.scalars(select(io.alchemy.orm.conformance.model.emailorder.User.class)
                .where(io.alchemy.orm.conformance.model.emailorder.User_.id.eq(7))
                .options(io.alchemy.orm.LoaderOptions.joinedload(
                        io.alchemy.orm.conformance.model.emailorder.User_.addresses))).one();
        try (Session sess3 = new Session(engine)) {
            sess3.merge(u2, false);
            io.alchemy.testing.SqlRecorder log = io.alchemy.testing.SqlRecorder.on(engine);
            try {
                sess3.flush();
                assertThat(log.statements()).isZero();
            } finally {
                engine.removeListener(log);
            }
        }
        sess2.close();
    }
}
