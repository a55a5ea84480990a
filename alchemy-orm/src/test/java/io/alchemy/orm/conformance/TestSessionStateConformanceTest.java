package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/** SQLAlchemy's {@code test/orm/test_session.py}: {@code SessionStateTest}, adding and deleting across Sessions. */
@PortedFrom("test/orm/test_session.py")
class TestSessionStateConformanceTest {

    /** SessionStateTest.test_add_delete */
    @MatrixTest
    void test_add_delete(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            User user0 = new User("u1");
            assertThatThrownBy(() -> s.delete(user0)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("is not persisted");
            s.add(user0);
            s.commit();
            User user = s.scalars(select(User.class)).one();
            s.expunge(user);
            assertThat(s.contains(user)).isFalse();

            // modify outside of session, assert changes remain/get saved
            user.setName("fred");
            s.add(user);
            assertThat(s.contains(user)).isTrue();
            assertThat(s.dirty()).contains(user);
            s.commit();
            assertThat(Fixtures.count(s, User.class, "users")).isEqualTo(1);
            User fred = s.scalars(select(User.class)).one();
            assertThat(fred.getName()).isEqualTo("fred");

            // ensure its not dirty if no changes occur
            s.expungeAll();
            assertThat(s.contains(fred)).isFalse();
            s.add(fred);
            assertThat(s.contains(fred)).isTrue();
            assertThat(s.dirty()).doesNotContain(fred);

            try (Session s2 = new Session(engine)) {
                assertThatThrownBy(() -> s2.delete(fred)).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("is already attached to session");
                User u2 = s2.get(User.class, fred.getId());
                s2.expunge(u2);
                assertThatThrownBy(() -> s.delete(u2)).isInstanceOf(InvalidRequestError.class)
                        .hasMessageMatching("(?s).*another instance .* is already present.*");
            }
            s.expire(fred);
            s.expunge(fred);
            assertThat(s.contains(fred)).isFalse();
            s.delete(fred);
            assertThat(s.contains(fred)).isTrue();

            s.flush();
            assertThat(s.contains(fred)).isFalse();
            assertThat(Fixtures.count(s, User.class, "users")).isZero();
        }
    }

    /** SessionStateTest.test_active_flag_autobegin */
    @MatrixTest
    void test_active_flag_autobegin(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            assertThat(sess.isActive()).isTrue();
            assertThat(sess.inTransaction()).isFalse();
            sess.begin();
            assertThat(sess.isActive()).isTrue();
            sess.rollback();
            assertThat(sess.isActive()).isTrue();
        }
    }

    /** SessionStateTest.test_active_flag_autobegin_future */
    @MatrixTest
    void test_active_flag_autobegin_future(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            assertThat(sess.isActive()).isTrue();
            assertThat(sess.inTransaction()).isFalse();
            sess.begin();
            assertThat(sess.isActive()).isTrue();
            sess.rollback();
            assertThat(sess.isActive()).isTrue();
        }
    }

    /** SessionStateTest.test_autoflush_unbound */
    @MatrixTest
    void test_autoflush_unbound(TestDatabase db) {
        io.alchemy.engine.Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine, io.alchemy.orm.SessionOptions.DEFAULTS.withAutoflush(true))) {
            User u = new User();
            u.setName("ed");
            sess.add(u);
            User u2 = sess.scalars(select(User.class).where(io.alchemy.orm.conformance.model.User_.name.eq("ed")))
                    .one();
            assertThat(u2).isSameAs(u);
            assertThat(((Number) sess.execute(io.alchemy.Alchemy.text("select count(1) from users")).scalar())
                    .intValue()).isEqualTo(1);
            try (io.alchemy.engine.Connection other = engine.connect()) {
                assertThat(((Number) other.execute(io.alchemy.Alchemy.text("select count(1) from users")).scalar())
                        .intValue()).isZero();
            }
            sess.commit();
            assertThat(((Number) sess.execute(io.alchemy.Alchemy.text("select count(1) from users")).scalar())
                    .intValue()).isEqualTo(1);
            try (io.alchemy.engine.Connection other = engine.connect()) {
                assertThat(((Number) other.execute(io.alchemy.Alchemy.text("select count(1) from users")).scalar())
                        .intValue()).isEqualTo(1);
            }
        }
    }
}
