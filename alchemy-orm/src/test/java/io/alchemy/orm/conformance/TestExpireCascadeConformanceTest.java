package io.alchemy.orm.conformance;

import static io.alchemy.orm.Orm.inspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.conformance.model.expirecascade.Address;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;

/** SQLAlchemy's {@code test/orm/test_expire.py}: expire and refresh cascades, and refresh of a changed primary key. */
@PortedFrom("test/orm/test_expire.py")
class TestExpireCascadeConformanceTest {
    private static final SessionOptions NO_AUTOFLUSH = SessionOptions.DEFAULTS.withAutoflush(false);

    private static Engine cascadeData(TestDatabase db) {
        return Fixtures.withData(db, Fixtures.mapping(io.alchemy.orm.conformance.model.expirecascade.User.class,
                Address.class));
    }

    /** ExpireTest.test_expire_cascade */
    @MatrixTest
    void test_expire_cascade(TestDatabase db) {
        try (Session s = new Session(cascadeData(db), NO_AUTOFLUSH)) {
            var u = s.get(io.alchemy.orm.conformance.model.expirecascade.User.class, 8);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
            u.getAddresses().get(0).setEmailAddress("someotheraddress");
            s.expire(u);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
        }
    }

    /** ExpireTest.test_refresh_cascade */
    @MatrixTest
    void test_refresh_cascade(TestDatabase db) {
        try (Session s = new Session(cascadeData(db), NO_AUTOFLUSH)) {
            var u = s.get(io.alchemy.orm.conformance.model.expirecascade.User.class, 8);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
            u.getAddresses().get(0).setEmailAddress("someotheraddress");
            s.refresh(u);
            assertThat(u.getAddresses().get(0).getEmailAddress()).isEqualTo("ed@wood.com");
        }
    }

    /** ExpireTest._test_cascade_to_pending with cascade="save-update, refresh-expire". */
    private static void cascadeToPending(TestDatabase db, boolean expireOrRefresh) {
        Engine engine = Fixtures.withData(db, Fixtures.mapping(
                io.alchemy.orm.conformance.model.expirepending.User.class,
                io.alchemy.orm.conformance.model.expirepending.Address.class));
        try (Session s = new Session(engine, NO_AUTOFLUSH)) {
            var u = s.get(io.alchemy.orm.conformance.model.expirepending.User.class, 8);
            var a = new io.alchemy.orm.conformance.model.expirepending.Address(12, "foobar");
            u.getAddresses().add(a);
            if (expireOrRefresh) {
                s.expire(u);
            } else {
                s.refresh(u);
            }
            // the cascade has no delete-orphan
            assertThat(s.contains(a)).isTrue();
            assertThat(u.getAddresses()).doesNotContain(a);
            s.flush();
        }
    }

    /** ExpireTest.test_expire_cascade_pending */
    @MatrixTest
    void test_expire_cascade_pending(TestDatabase db) {
        cascadeToPending(db, true);
    }

    /** ExpireTest.test_refresh_cascade_pending */
    @MatrixTest
    void test_refresh_cascade_pending(TestDatabase db) {
        cascadeToPending(db, false);
    }

    /**
     * ExpireTest.test_no_pending_pks_on_refresh; SQLAlchemy's attribute histories are read as what they say: a
     * pending change is {@code isModified}, an expired attribute is unloaded.
     */
    private static void noPendingPksOnRefresh(TestDatabase db, boolean expireFirst, boolean autoflush,
            boolean ensureNameCleared) {
        try (Session sess = new Session(Fixtures.withData(db), SessionOptions.DEFAULTS.withAutoflush(autoflush))) {
            User u = sess.get(User.class, 10);
            u.setId(25);
            if (ensureNameCleared) {
                u.setName("newname");
            }
            if (expireFirst) {
                sess.expire(u, "name");
            }
            if (!autoflush) {
                assertThatThrownBy(() -> sess.refresh(u, "name")).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("Please flush pending primary key changes on attributes {'id'} for "
                                + "mapper Mapper[User(users)] before proceeding with a refresh");
                // id was not expired
                assertThat(inspect(u).unloaded()).doesNotContain("id");
                assertThat(u.getId()).isEqualTo(25);
                assertThat(sess.isModified(u)).isTrue();
                // name was expired
                assertThat(inspect(u).unloaded()).contains("name");
            } else {
                sess.refresh(u, "name");
                // new id value stayed
                assertThat(u.getId()).isEqualTo(25);
                // was autoflushed; new value for "name" is lost, value was refreshed
                assertThat(sess.isModified(u)).isFalse();
                assertThat(u.getName()).isEqualTo("chuck");
            }
        }
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=True, autoflush=True, ensure_name_cleared=True) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_true_autoflush_true_ensure_name_cleared_true(TestDatabase db) {
        noPendingPksOnRefresh(db, true, true, true);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=True, autoflush=True, ensure_name_cleared=False) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_true_autoflush_true_ensure_name_cleared_false(TestDatabase db) {
        noPendingPksOnRefresh(db, true, true, false);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=True, autoflush=False, ensure_name_cleared=True) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_true_autoflush_false_ensure_name_cleared_true(TestDatabase db) {
        noPendingPksOnRefresh(db, true, false, true);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=True, autoflush=False, ensure_name_cleared=False) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_true_autoflush_false_ensure_name_cleared_false(TestDatabase db) {
        noPendingPksOnRefresh(db, true, false, false);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=False, autoflush=True, ensure_name_cleared=True) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_false_autoflush_true_ensure_name_cleared_true(TestDatabase db) {
        noPendingPksOnRefresh(db, false, true, true);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=False, autoflush=True, ensure_name_cleared=False) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_false_autoflush_true_ensure_name_cleared_false(TestDatabase db) {
        noPendingPksOnRefresh(db, false, true, false);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=False, autoflush=False, ensure_name_cleared=True) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_false_autoflush_false_ensure_name_cleared_true(TestDatabase db) {
        noPendingPksOnRefresh(db, false, false, true);
    }

    /** ExpireTest.test_no_pending_pks_on_refresh (expire_first=False, autoflush=False, ensure_name_cleared=False) */
    @MatrixTest
    void test_no_pending_pks_on_refresh_expire_first_false_autoflush_false_ensure_name_cleared_false(TestDatabase db) {
        noPendingPksOnRefresh(db, false, false, false);
    }
}
