package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.literal;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.Orm.inspect;
import static io.alchemy.orm.Orm.makeTransient;
import static io.alchemy.orm.Orm.makeTransientToDetached;
import static io.alchemy.orm.Orm.objectSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.NoResultFound;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.OrphanAddress;
import io.alchemy.orm.conformance.model.OrphanUser;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.exc.UnmappedInstanceError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;

/** SQLAlchemy's {@code test/orm/test_session.py}: object states, autobegin, the Session's object operations. */
@PortedFrom("test/orm/test_session.py")
class TestSessionConformanceTest {

    private static final SessionOptions NO_AUTOFLUSH = SessionOptions.DEFAULTS.withAutoflush(false);

    private static User user(Integer id, String name) {
        User user = new User(name);
        user.setId(id);
        return user;
    }

    private static User first(Session sess) {
        return sess.scalars(select(User.class).orderBy(io.alchemy.orm.conformance.model.User_.id)).first();
    }

    private static long count(Connection conn) {
        return ((Number) conn.execute(text("select count(1) from users")).scalar()).longValue();
    }

    /**
     * The count on another connection, whose read ends at once (SQLite holds a read lock until the reading
     * transaction ends, which would block the Session's COMMIT).
     */
    private static long countElsewhere(Engine engine) {
        try (Connection other = engine.connect()) {
            long n = count(other);
            other.rollback();
            return n;
        }
    }

    // ------------------------------------------------------------------ TransScopingTest

    /** TransScopingTest.test_autobegin_execute */
    @MatrixTest
    void test_autobegin_execute(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        Session s = new Session(engine);
        assertThat(s.inTransaction()).isFalse();
        s.execute(select(literal(1)));
        assertThat(s.inTransaction()).isTrue();
        s.commit();
        assertThat(s.inTransaction()).isFalse();
        s.execute(select(literal(1)));
        assertThat(s.inTransaction()).isTrue();
        s.close();
        assertThat(s.inTransaction()).isFalse();
        s.execute(select(literal(1)));
        assertThat(s.inTransaction()).isTrue();
        s.close();
        assertThat(s.inTransaction()).isFalse();
    }

    /** TransScopingTest.test_autobegin_flush */
    @MatrixTest
    void test_autobegin_flush(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            assertThat(s.inTransaction()).isFalse();
            s.flush();
            assertThat(s.inTransaction()).isFalse();
            s.add(user(1, "name"));
            s.flush();
            assertThat(s.inTransaction()).isTrue();
            s.commit();
            assertThat(s.inTransaction()).isFalse();
        }
    }

    /** TransScopingTest.test_autobegin_within_flush */
    @MatrixTest
    void test_autobegin_within_flush(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            s.add(new User("u1"));
            s.commit();
            User u1 = first(s);
            s.commit();
            u1.setName("newname");
            s.flush();
            assertThat(s.connection().execute(text("SELECT name FROM users")).scalar()).isEqualTo("newname");
            assertThat(s.inTransaction()).isTrue();
            s.rollback();
            assertThat(s.inTransaction()).isFalse();
            assertThat(s.connection().execute(text("SELECT name FROM users")).scalar()).isEqualTo("u1");
        }
    }

    private void noAutobegin(TestDatabase db, String op, String trigger) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            sess.add(new User("u1"));
            sess.commit();
        }
        Session s = new Session(engine, SessionOptions.DEFAULTS.withAutobegin(false));
        boolean ormTrigger = trigger.equals("lazyload") || trigger.equals("unitofwork");
        User[] u1 = new User[1];
        assertThatThrownBy(() -> {
            if (op != null || ormTrigger) {
                s.begin();
                assertThat(s.inTransaction()).isTrue();
                if (ormTrigger) {
                    u1[0] = s.scalars(select(User.class)).one();
                } else {
                    assertThat(((Number) s.scalar(select(literal(1)))).intValue()).isEqualTo(1);
                }
                if (op != null) {
                    switch (op) {
                        case "commit" -> s.commit();
                        case "close" -> s.close();
                        default -> s.rollback();
                    }
                } else {
                    s.rollback();
                }
                assertThat(s.inTransaction()).isFalse();
            }
            switch (trigger) {
                case "select1" -> s.execute(select(literal(1)));
                case "lazyload" -> {
                    if ("close".equals(op)) {
                        s.add(u1[0]);
                    } else {
                        u1[0].getAddresses().size();
                    }
                }
                default -> s.add(u1[0]);
            }
        }).isInstanceOf(InvalidRequestError.class)
                .hasMessageMatching("(?s)Autobegin is disabled on this Session; please call session.begin\\(\\) to "
                        + "start a new transaction.*");
        s.begin();
        if (trigger.equals("select1")) {
            s.execute(select(literal(1)));
        } else if (trigger.equals("lazyload")) {
            if ("close".equals(op)) {
                s.add(u1[0]);
            }
            u1[0].getAddresses().size();
        }
        assertThat(s.inTransaction()).isTrue();
        if (op != null) {
            switch (op) {
                case "commit" -> s.commit();
                case "close" -> s.close();
                default -> s.rollback();
            }
            assertThat(s.inTransaction()).isFalse();
        }
        s.close();
    }

    /** TransScopingTest.test_no_autobegin (select1, commit) */
    @MatrixTest
    void test_no_autobegin_select1_commit(TestDatabase db) {
        noAutobegin(db, "commit", "select1");
    }

    /** TransScopingTest.test_no_autobegin (select1, close) */
    @MatrixTest
    void test_no_autobegin_select1_close(TestDatabase db) {
        noAutobegin(db, "close", "select1");
    }

    /** TransScopingTest.test_no_autobegin (select1, rollback) */
    @MatrixTest
    void test_no_autobegin_select1_rollback(TestDatabase db) {
        noAutobegin(db, "rollback", "select1");
    }

    /** TransScopingTest.test_no_autobegin (select1, None) */
    @MatrixTest
    void test_no_autobegin_select1_none(TestDatabase db) {
        noAutobegin(db, null, "select1");
    }

    /** TransScopingTest.test_no_autobegin (lazyload, commit) */
    @MatrixTest
    void test_no_autobegin_lazyload_commit(TestDatabase db) {
        noAutobegin(db, "commit", "lazyload");
    }

    /** TransScopingTest.test_no_autobegin (lazyload, close) */
    @MatrixTest
    void test_no_autobegin_lazyload_close(TestDatabase db) {
        noAutobegin(db, "close", "lazyload");
    }

    /** TransScopingTest.test_no_autobegin (lazyload, rollback) */
    @MatrixTest
    void test_no_autobegin_lazyload_rollback(TestDatabase db) {
        noAutobegin(db, "rollback", "lazyload");
    }

    /** TransScopingTest.test_no_autobegin (lazyload, None) */
    @MatrixTest
    void test_no_autobegin_lazyload_none(TestDatabase db) {
        noAutobegin(db, null, "lazyload");
    }

    /** TransScopingTest.test_no_autobegin (unitofwork, commit) */
    @MatrixTest
    void test_no_autobegin_unitofwork_commit(TestDatabase db) {
        noAutobegin(db, "commit", "unitofwork");
    }

    /** TransScopingTest.test_no_autobegin (unitofwork, close) */
    @MatrixTest
    void test_no_autobegin_unitofwork_close(TestDatabase db) {
        noAutobegin(db, "close", "unitofwork");
    }

    /** TransScopingTest.test_no_autobegin (unitofwork, rollback) */
    @MatrixTest
    void test_no_autobegin_unitofwork_rollback(TestDatabase db) {
        noAutobegin(db, "rollback", "unitofwork");
    }

    /** TransScopingTest.test_no_autobegin (unitofwork, None) */
    @MatrixTest
    void test_no_autobegin_unitofwork_none(TestDatabase db) {
        noAutobegin(db, null, "unitofwork");
    }

    /** TransScopingTest.test_autobegin_begin_method */
    @MatrixTest
    void test_autobegin_begin_method(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            s.begin();
            assertThatThrownBy(s::begin).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("A transaction is already begun on this Session.");
        }
    }

    private void autobeginAttrChange(TestDatabase db, String case_, boolean begin, boolean modifyUnconditional,
            boolean expireOnCommit) {
        Engine engine = Fixtures.engine(db);
        Session s = new Session(engine, SessionOptions.DEFAULTS.withExpireOnCommit(expireOnCommit));
        User u = new User("x");
        User u2 = new User("d");
        User u3 = new User("e");
        s.addAll(List.of(u, u2, u3));
        s.commit();
        if (begin) {
            s.begin();
        }
        switch (case_) {
            case "add" -> s.add(new User("q"));
            case "delete" -> s.delete(u2);
            case "modify" -> u3.setName("m");
            default -> { }
        }
        boolean expectExpire;
        if (case_.equals("nothing") && !begin) {
            assertThat(s.inTransaction()).isFalse();
            expectExpire = expireOnCommit;
        } else {
            assertThat(s.inTransaction()).isTrue();
            expectExpire = true;
        }
        if (modifyUnconditional) {
            u.setName("y");
            expectExpire = true;
        }
        if (!expectExpire) {
            assertThat(s.inTransaction()).isFalse();
        }
        s.rollback();
        if (!expectExpire) {
            assertThat(inspect(u).unloaded()).doesNotContain("name");
        } else {
            assertThat(inspect(u).unloaded()).contains("name");
        }
        assertThat(u.getName()).isEqualTo("x");
        s.close();
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=True, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_begin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", true, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=False, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_nobegin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", false, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=True, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_begin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", true, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=False, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_nobegin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", false, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=True, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_begin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", true, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=False, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_nobegin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", false, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=True, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_begin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", true, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=nothing, begin=False, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_nothing_nobegin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "nothing", false, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=True, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_modify_begin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "modify", true, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=False, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_modify_nobegin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "modify", false, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=True, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_modify_begin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "modify", true, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=False, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_modify_nobegin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "modify", false, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=True, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_modify_begin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "modify", true, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=False, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_modify_nobegin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "modify", false, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=True, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_modify_begin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "modify", true, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=modify, begin=False, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_modify_nobegin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "modify", false, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=True, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_add_begin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "add", true, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=False, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_add_nobegin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "add", false, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=True, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_add_begin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "add", true, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=False, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_add_nobegin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "add", false, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=True, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_add_begin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "add", true, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=False, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_add_nobegin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "add", false, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=True, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_add_begin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "add", true, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=add, begin=False, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_add_nobegin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "add", false, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=True, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_delete_begin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "delete", true, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=False, modify_unconditional=True, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_delete_nobegin_modify_expire(TestDatabase db) {
        autobeginAttrChange(db, "delete", false, true, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=True, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_delete_begin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "delete", true, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=False, modify_unconditional=True, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_delete_nobegin_modify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "delete", false, true, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=True, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_delete_begin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "delete", true, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=False, modify_unconditional=False, expire_on_commit=True) */
    @MatrixTest
    void test_autobegin_attr_change_delete_nobegin_nomodify_expire(TestDatabase db) {
        autobeginAttrChange(db, "delete", false, false, true);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=True, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_delete_begin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "delete", true, false, false);
    }

    /** TransScopingTest.test_autobegin_attr_change (case_=delete, begin=False, modify_unconditional=False, expire_on_commit=False) */
    @MatrixTest
    void test_autobegin_attr_change_delete_nobegin_nomodify_noexpire(TestDatabase db) {
        autobeginAttrChange(db, "delete", false, false, false);
    }

    /** TransScopingTest.test_transaction */
    @MatrixTest
    void test_transaction(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u = new User("x");
            sess.add(u);
            sess.flush();
            assertThat(count(sess.connection())).isEqualTo(1);
            assertThat(countElsewhere(engine)).isEqualTo(0);
            sess.commit();
            assertThat(count(sess.connection())).isEqualTo(1);
            try (Connection conn3 = engine.connect()) {
                assertThat(count(conn3)).isEqualTo(1);
            }
        }
    }

    // ------------------------------------------------------------------ SessionUtilTest

    /** SessionUtilTest.test_object_session_raises (object_session) */
    @MatrixTest
    void test_object_session_raises(TestDatabase db) {
        Fixtures.engine(db);
        assertThatThrownBy(() -> objectSession(new Object())).isInstanceOf(UnmappedInstanceError.class);
        assertThat(objectSession(new User())).isNull();
    }

    /** SessionUtilTest.test_make_transient */
    @MatrixTest
    void test_make_transient(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        Session sess = new Session(engine, NO_AUTOFLUSH);
        sess.add(new User("test"));
        sess.flush();

        User u1 = first(sess);
        makeTransient(u1);
        assertThat(sess.contains(u1)).isFalse();
        sess.add(u1);
        assertThat(sess.newObjects()).contains(u1);

        u1 = first(sess);
        sess.expunge(u1);
        makeTransient(u1);
        sess.add(u1);
        assertThat(sess.newObjects()).contains(u1);

        u1 = first(sess);
        sess.expire(u1);
        makeTransient(u1);
        assertThat(u1.getId()).isNull();
        assertThat(u1.getName()).isNull();

        makeTransient(u1);

        sess.close();

        u1.setName("test2");
        sess.add(u1);
        sess.flush();
        assertThat(sess.contains(u1)).isTrue();
        sess.delete(u1);
        sess.flush();
        assertThat(sess.contains(u1)).isFalse();

        User deleted = u1;
        assertThatThrownBy(() -> sess.add(deleted)).isInstanceOf(InvalidRequestError.class);
        makeTransient(u1);
        sess.add(u1);
        sess.flush();
        assertThat(sess.contains(u1)).isTrue();
        sess.close();
    }

    /** SessionUtilTest.test_make_transient_plus_rollback */
    @MatrixTest
    void test_make_transient_plus_rollback(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("test");
            sess.add(u1);
            sess.commit();
            sess.delete(u1);
            sess.flush();
            makeTransient(u1);
            sess.rollback();
            assertThat(inspect(u1).isTransient()).isTrue();
        }
    }

    /** SessionUtilTest.test_make_transient_to_detached */
    @MatrixTest
    void test_make_transient_to_detached(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.add(user(1, "test"));
            sess.commit();
            sess.close();
            User u2 = new User();
            u2.setId(1);
            makeTransientToDetached(u2);
            assertThat(inspect(u2).unloaded()).doesNotContain("id");
            sess.add(u2);
            assertThat(u2.getName()).isEqualTo("test");
        }
    }

    /** SessionUtilTest.test_make_transient_to_detached_no_session_allowed */
    @MatrixTest
    void test_make_transient_to_detached_no_session_allowed(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = user(1, "test");
            sess.add(u1);
            assertThatThrownBy(() -> makeTransientToDetached(u1)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Given object must be transient");
        }
    }

    /** SessionUtilTest.test_make_transient_to_detached_no_key_allowed */
    @MatrixTest
    void test_make_transient_to_detached_no_key_allowed(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = user(1, "test");
            sess.add(u1);
            sess.commit();
            sess.expunge(u1);
            assertThatThrownBy(() -> makeTransientToDetached(u1)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Given object must be transient");
        }
    }

    /** SessionUtilTest.test_get */
    @MatrixTest
    void test_get(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            s.execute(insert(Fixtures.standard().metadata().tableNamed("users")),
                    List.of(Map.of("id", 7, "name", "7"), Map.of("id", 19, "name", "19")));
            assertThat(s.get(User.class, 19)).isNotNull();
            User u = s.get(User.class, 7);
            User u2 = s.get(User.class, 7);
            assertThat(u).isNotNull();
            assertThat(u).isSameAs(u2);
            s.expungeAll();
            u2 = s.get(User.class, 7);
            assertThat(u).isNotSameAs(u2);
        }
    }

    /** SessionUtilTest.test_get_one */
    @MatrixTest
    void test_get_one(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            s.execute(insert(Fixtures.standard().metadata().tableNamed("users")),
                    List.of(Map.of("id", 7, "name", "7"), Map.of("id", 19, "name", "19")));
            User u = s.getOne(User.class, 7);
            User u2 = s.getOne(User.class, 7);
            assertThat(u).isNotNull();
            assertThat(u).isSameAs(u2);
            s.expungeAll();
            u2 = s.getOne(User.class, 7);
            assertThat(u).isNotSameAs(u2);
        }
    }

    /** SessionUtilTest.test_get_one_2 */
    @MatrixTest
    void test_get_one_2(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User user1 = user(1, "u1");
            sess.add(user1);
            sess.commit();
            User u1 = sess.getOne(User.class, user1.getId());
            assertThat(u1.getName()).isEqualTo(user1.getName());
            assertThatThrownBy(() -> sess.getOne(User.class, 2)).isInstanceOf(NoResultFound.class)
                    .hasMessageContaining("No row was found when one was required");
        }
    }

    // ------------------------------------------------------------------ SessionStateTest

    /** SessionStateTest.test_autoflush */
    @MatrixTest
    void test_autoflush(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u = new User();
            u.setName("ed");
            sess.add(u);
            User u2 = sess.scalars(select(User.class).where(io.alchemy.orm.conformance.model.User_.name.eq("ed")))
                    .one();
            assertThat(u2).isSameAs(u);
            assertThat(count(sess.connection())).isEqualTo(1);
            assertThat(countElsewhere(engine)).isEqualTo(0);
            sess.commit();
            assertThat(count(sess.connection())).isEqualTo(1);
        }
    }

    /** SessionStateTest.test_with_no_autoflush */
    @MatrixTest
    void test_with_no_autoflush(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u = new User();
            u.setName("ed");
            sess.add(u);
            sess.noAutoflush(() -> assertThat(sess.scalars(select(User.class)).all()).doesNotContain(u));
            assertThat(sess.newObjects()).contains(u);
            assertThat(sess.scalars(select(User.class)).all()).contains(u);
            assertThat(sess.newObjects()).doesNotContain(u);
        }
    }

    /** SessionStateTest.test_with_no_autoflush_after_exception */
    @MatrixTest
    void test_with_no_autoflush_after_exception(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            assertThatThrownBy(() -> sess.noAutoflush(() -> {
                throw new ArithmeticException("/ by zero");
            })).isInstanceOf(ArithmeticException.class);
            User u = new User("ed");
            sess.add(u);
            assertThat(sess.scalars(select(User.class)).all()).contains(u);
            assertThat(sess.newObjects()).isEmpty();
        }
    }

    /** SessionStateTest.test_deleted_flag */
    @MatrixTest
    void test_deleted_flag(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            sess.add(u1);
            sess.commit();
            sess.delete(u1);
            sess.flush();
            assertThat(sess.contains(u1)).isFalse();
            assertThatThrownBy(() -> sess.add(u1)).isInstanceOf(InvalidRequestError.class);
            assertThat(sess.inTransaction()).isTrue();
            sess.rollback();
            assertThat(sess.contains(u1)).isTrue();
            sess.delete(u1);
            sess.commit();
            assertThat(sess.contains(u1)).isFalse();
            assertThatThrownBy(() -> sess.add(u1)).isInstanceOf(InvalidRequestError.class);
            makeTransient(u1);
            sess.add(u1);
            sess.commit();
            assertThat(sess.scalars(select(User.class)).all()).hasSize(1);
        }
    }

    /** SessionStateTest.test_autoflush_2 */
    @MatrixTest
    void test_autoflush_2(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u = new User();
            u.setName("ed");
            sess.add(u);
            sess.commit();
            assertThat(count(sess.connection())).isEqualTo(1);
            try (Connection other = engine.connect()) {
                assertThat(count(other)).isEqualTo(1);
            }
            sess.commit();
        }
    }

    /** SessionStateTest.test_add_delete: with relationship(Address, cascade="all, delete") */
    @MatrixTest
    void test_add_delete(TestDatabase db) {
        Engine engine = Fixtures.engine(db, Fixtures.orphan());
        Session s = new Session(engine);
        OrphanUser user = new OrphanUser("u1");
        assertThatThrownBy(() -> s.delete(user)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("is not persisted");
        s.add(user);
        s.commit();
        OrphanUser loaded = s.scalars(select(OrphanUser.class)).one();
        s.expunge(loaded);
        assertThat(s.contains(loaded)).isFalse();

        loaded.setName("fred");
        s.add(loaded);
        assertThat(s.contains(loaded)).isTrue();
        assertThat(s.dirty()).contains(loaded);
        s.commit();
        assertThat(s.scalars(select(OrphanUser.class)).all()).hasSize(1);
        OrphanUser again = s.scalars(select(OrphanUser.class)).one();
        assertThat(again.getName()).isEqualTo("fred");

        s.expungeAll();
        assertThat(s.contains(again)).isFalse();
        s.add(again);
        assertThat(s.contains(again)).isTrue();
        assertThat(s.dirty()).doesNotContain(again);

        Session s2 = new Session(engine);
        assertThatThrownBy(() -> s2.delete(again)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("is already attached to");
        OrphanUser u2 = s2.get(OrphanUser.class, again.getId());
        s2.expunge(u2);
        assertThatThrownBy(() -> s.delete(u2)).isInstanceOf(InvalidRequestError.class)
                .hasMessageMatching("(?s).*another instance .* is already present.*");
        s.expire(again);
        s.expunge(again);
        assertThat(s.contains(again)).isFalse();
        s.delete(again);
        assertThat(s.contains(again)).isTrue();
        s.flush();
        assertThat(s.contains(again)).isFalse();
        assertThat(s.scalars(select(OrphanUser.class)).all()).isEmpty();
        s.close();
        s2.close();
    }

    /** SessionStateTest.test_already_attached */
    @MatrixTest
    void test_already_attached(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            User u1 = user(1, "u1");
            makeTransientToDetached(u1);
            s1.add(u1);
            assertThatThrownBy(() -> s2.add(u1)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageMatching("(?s)Object '<User.*?>' is already attached to session.*");
            assertThat(s2.contains(u1)).isFalse();
        }
    }

    /** SessionStateTest.test_duplicate_update */
    @MatrixTest
    void test_duplicate_update(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("u1");
            sess.add(u1);
            sess.flush();
            assertThat(u1.getId()).isNotNull();
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isNull();
            User u2 = sess.get(User.class, u1.getId());
            assertThat(u2).isNotNull().isNotSameAs(u1);
            assertThat(sess.contains(u2)).isTrue();
            assertThatThrownBy(() -> sess.add(u1)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageMatching("(?s)Can't attach instance <User.*?>; another instance with key .*? is "
                            + "already present in this session.*");
            sess.expunge(u2);
            assertThat(sess.contains(u2)).isFalse();
            assertThat(objectSession(u2)).isNull();
            u1.setName("John");
            u2.setName("Doe");
            sess.add(u1);
            assertThat(sess.contains(u1)).isTrue();
            assertThat(objectSession(u1)).isSameAs(sess);
            sess.flush();
            sess.expungeAll();
            User u3 = sess.get(User.class, u1.getId());
            assertThat(u3).isNotSameAs(u1).isNotSameAs(u2);
            assertThat(u3.getName()).isEqualTo(u1.getName());
        }
    }

    /** SessionStateTest.test_deleted_auto_expunged */
    @MatrixTest
    void test_deleted_auto_expunged(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.add(new User("x"));
            sess.commit();
            User u1 = first(sess);
            sess.delete(u1);
            assertThat(inspect(u1).wasDeleted()).isFalse();
            sess.flush();
            assertThat(inspect(u1).wasDeleted()).isTrue();
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isSameAs(sess);
            sess.commit();
            assertThat(objectSession(u1)).isNull();
        }
    }

    /** SessionStateTest.test_explicit_expunge_pending */
    @MatrixTest
    void test_explicit_expunge_pending(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            User u1 = new User("x");
            sess.add(u1);
            sess.flush();
            sess.expunge(u1);
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isNull();
            sess.rollback();
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isNull();
        }
    }

    /** SessionStateTest.test_explicit_expunge_deleted */
    @MatrixTest
    void test_explicit_expunge_deleted(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            sess.add(new User("x"));
            sess.commit();
            User u1 = first(sess);
            sess.delete(u1);
            sess.flush();
            assertThat(inspect(u1).wasDeleted()).isTrue();
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isSameAs(sess);
            sess.expunge(u1);
            assertThat(inspect(u1).wasDeleted()).isTrue();
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isNull();
            sess.rollback();
            assertThat(inspect(u1).wasDeleted()).isTrue();
            assertThat(sess.contains(u1)).isFalse();
            assertThat(objectSession(u1)).isNull();
        }
    }

    /** SessionStateTest.test_session_close_resets_only (close_resets_only=True, method=close) */
    @MatrixTest
    void test_session_close_resets_only_close(TestDatabase db) {
        Session s = new Session(Fixtures.engine(db));
        User u1 = new User();
        s.add(u1);
        assertThat(s.contains(u1)).isTrue();
        s.close();
        assertThat(s.contains(u1)).isFalse();
        User u2 = new User();
        s.add(u2);
        assertThat(s.contains(u2)).isTrue();
        s.close();
    }

    // ------------------------------------------------------------------ SessionStateWFixtureTest

    /** SessionStateWFixtureTest.test_autoflush_rollback */
    @MatrixTest
    void test_autoflush_rollback(TestDatabase db) {
        try (Session sess = new Session(Fixtures.withData(db))) {
            User u = sess.get(User.class, 8);
            Address newad = new Address("a new address");
            u.getAddresses().add(newad);
            u.setName("some new name");
            assertThat(u.getName()).isEqualTo("some new name");
            assertThat(u.getAddresses()).hasSize(4);
            assertThat(u.getAddresses()).contains(newad);
            sess.rollback();
            assertThat(u.getName()).isEqualTo("ed");
            assertThat(u.getAddresses()).hasSize(3);
            assertThat(u.getAddresses()).doesNotContain(newad);
            assertThat(newad.getEmailAddress()).isEqualTo("a new address");
        }
    }

    /** SessionStateWFixtureTest.test_expunge_cascade: addresses with cascade="all" */
    @MatrixTest
    void test_expunge_cascade(TestDatabase db) {
        try (Session session = new Session(Fixtures.withData(db, Fixtures.orphan()))) {
            OrphanUser u = session.get(OrphanUser.class, 7);
            for (OrphanAddress a : u.getAddresses()) {
                a.getUser();
            }
            session.expunge(u);
            assertThat(objectSession(u)).isNull();
            for (OrphanAddress a : u.getAddresses()) {
                assertThat(objectSession(a)).isNull();
            }
        }
    }

    // ------------------------------------------------------------------ IsModifiedTest

    /** IsModifiedTest.test_is_modified */
    @MatrixTest
    void test_is_modified(TestDatabase db) {
        try (Session s = new Session(Fixtures.engine(db))) {
            User u = new User("fred");
            s.add(u);
            s.flush();
            s.expungeAll();
            User user = s.scalars(select(User.class)).one();
            assertThat(s.dirty()).doesNotContain(user);
            assertThat(s.isModified(user)).isFalse();
            user.setName("fred");
            assertThat(s.dirty()).contains(user);
            assertThat(s.isModified(user)).isFalse();
            user.setName("ed");
            assertThat(s.dirty()).contains(user);
            assertThat(s.isModified(user)).isTrue();
            s.flush();
            assertThat(s.dirty()).doesNotContain(user);
            assertThat(s.isModified(user)).isFalse();
            Address a = new Address();
            user.getAddresses().add(a);
            assertThat(s.dirty()).contains(user);
            assertThat(s.isModified(user)).isTrue();
            assertThat(s.isModified(user, false)).isFalse();
        }
    }

    /** IsModifiedTest.test_is_modified_passive_off */
    @MatrixTest
    void test_is_modified_passive_off(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session s = new Session(engine)) {
            User u = new User("fred");
            u.getAddresses().add(new Address("foo"));
            s.add(u);
            s.commit();
            u.getId();
            SqlRecorder log = SqlRecorder.on(engine);
            assertThat(s.isModified(u)).isFalse();
            assertThat(log.statements()).isZero();
            engine.removeListener(log);
            s.expireAll();
            u.setName("newname");
            boolean mod = s.isModified(u);
            boolean addressesLoaded = !inspect(u).unloaded().contains("addresses");
            assertThat(mod).isNotEqualTo(addressesLoaded);
        }
    }

    // ------------------------------------------------------------------ SessionInterface

    /** SessionInterface.test_unmapped_instance: instance guards */
    @MatrixTest
    void test_unmapped_instance(TestDatabase db) {
        Fixtures.engine(db);
        Object unmapped = new Object();
        try (Session s = new Session(db.engine())) {
            assertThatThrownBy(() -> s.contains(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.isModified(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.merge(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.refresh(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.add(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.delete(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.expire(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.expunge(unmapped)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.addAll(List.of(unmapped))).isInstanceOf(UnmappedInstanceError.class);
        }
    }

    /** SessionInterface.test_unmapped_primitives: instance guards */
    @MatrixTest
    void test_unmapped_primitives(TestDatabase db) {
        Fixtures.engine(db);
        try (Session s = new Session(db.engine())) {
            for (Object prim : List.of("doh", 123, List.of("t", "u", "p", "l", "e"))) {
                assertThatThrownBy(() -> s.contains(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.isModified(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.merge(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.refresh(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.add(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.delete(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.expire(prim)).isInstanceOf(UnmappedInstanceError.class);
                assertThatThrownBy(() -> s.expunge(prim)).isInstanceOf(UnmappedInstanceError.class);
            }
        }
    }

    /** SessionInterface.test_mapped_class_for_instance: a mapped class given where an instance is expected */
    @MatrixTest
    void test_mapped_class_for_instance(TestDatabase db) {
        Fixtures.engine(db);
        Object cls = User.class;
        try (Session s = new Session(db.engine())) {
            assertThatThrownBy(() -> s.contains(cls)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.add(cls)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.delete(cls)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.merge(cls)).isInstanceOf(UnmappedInstanceError.class);
            assertThatThrownBy(() -> s.expunge(cls)).isInstanceOf(UnmappedInstanceError.class);
        }
    }
}
