package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.conformance.FlushSql.allOf;
import static io.alchemy.orm.conformance.FlushSql.assertSqlExecution;
import static io.alchemy.orm.conformance.FlushSql.compiled;
import static io.alchemy.orm.conformance.FlushSql.compiledMany;
import static io.alchemy.orm.conformance.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.Ns5Address;
import io.alchemy.orm.conformance.model.Ns5User;
import io.alchemy.orm.conformance.model.Parent;
import io.alchemy.orm.conformance.model.rowswitch.A;
import io.alchemy.orm.conformance.model.rowswitch.B;
import io.alchemy.orm.conformance.model.rowswitch.C;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's {@code test/orm/test_unitofworkv2.py}: the cases with a mapping of their own. The plain many-to-one
 * {@code Address.parent = relationship(User)} (no collection on users) is {@code Ns5User} / {@code Ns5Address};
 * {@code RowswitchM2OTest}, {@code RaiseLoadIgnoredTest} and {@code RowswitchAccountingTest} are packages of
 * {@code conformance.model}.
 */
@PortedFrom("test/orm/test_unitofworkv2.py")
class TestUnitOfWorkV2MappingsConformanceTest {
    private static final String SELECT_ADDRESS = "SELECT addresses.id AS addresses_id, addresses.user_id AS "
            + "addresses_user_id, addresses.email_address AS addresses_email_address FROM addresses "
            + "WHERE addresses.id = :pk_1";

    private static Engine m2o(TestDatabase db) {
        return Fixtures.engineFor(db, Ns5User.class, Ns5Address.class);
    }

    private static Ns5Address address(String email, Ns5User parent) {
        Ns5Address address = new Ns5Address(email);
        address.setUser(parent);
        return address;
    }

    /** RudimentaryFlushTest.test_many_to_one_delete_unloaded */
    @MatrixTest
    void test_many_to_one_delete_unloaded(TestDatabase db) {
        Engine engine = m2o(db);
        try (Session session = new Session(engine)) {
            Ns5User parent = new Ns5User("p1");
            Ns5Address c1 = address("c1", parent);
            Ns5Address c2 = address("c2", parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            Integer pid = parent.getId();
            Integer c1id = c1.getId();
            Integer c2id = c2.getId();
            session.expire(parent);
            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            session.delete(parent);
            // testing that relationships are loaded even if all ids/references are expired
            assertSqlExecution(engine, session::flush,
                    allOf(compiled(SELECT_ADDRESS, params("pk_1", c1id)),
                            compiled(SELECT_ADDRESS, params("pk_1", c2id)),
                            compiled("SELECT users.id AS users_id, users.name AS users_name FROM users WHERE users.id "
                                    + "= :pk_1", params("pk_1", pid)),
                            compiledMany("DELETE FROM addresses WHERE addresses.id = :id", params("id", c1id),
                                    params("id", c2id)),
                            compiled("DELETE FROM users WHERE users.id = :id", params("id", pid))));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_delete_childonly_unloaded */
    @MatrixTest
    void test_many_to_one_delete_childonly_unloaded(TestDatabase db) {
        Engine engine = m2o(db);
        try (Session session = new Session(engine)) {
            Ns5User parent = new Ns5User("p1");
            Ns5Address c1 = address("c1", parent);
            Ns5Address c2 = address("c2", parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            Integer c1id = c1.getId();
            Integer c2id = c2.getId();
            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            assertSqlExecution(engine, session::flush,
                    allOf(compiled(SELECT_ADDRESS, params("pk_1", c1id)),
                            compiled(SELECT_ADDRESS, params("pk_1", c2id))),
                    compiledMany("DELETE FROM addresses WHERE addresses.id = :id", params("id", c1id),
                            params("id", c2id)));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_delete_childonly_unloaded_expired */
    @MatrixTest
    void test_many_to_one_delete_childonly_unloaded_expired(TestDatabase db) {
        Engine engine = m2o(db);
        try (Session session = new Session(engine)) {
            Ns5User parent = new Ns5User("p1");
            Ns5Address c1 = address("c1", parent);
            Ns5Address c2 = address("c2", parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            Integer c1id = c1.getId();
            Integer c2id = c2.getId();
            session.expire(parent);
            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            assertSqlExecution(engine, session::flush,
                    allOf(compiled(SELECT_ADDRESS, params("pk_1", c1id)),
                            compiled(SELECT_ADDRESS, params("pk_1", c2id))),
                    compiledMany("DELETE FROM addresses WHERE addresses.id = :id", params("id", c1id),
                            params("id", c2id)));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_del_attr_unloaded ({@code del a1.user}: the attribute set to null) */
    @MatrixTest
    void test_many_to_one_del_attr_unloaded(TestDatabase db) {
        Engine engine = m2o(db);
        try (Session sess = new Session(engine)) {
            Ns5User u1 = new Ns5User("u1");
            Ns5Address a1 = address("a1", u1);
            Ns5Address a2 = address("a2", u1);
            sess.addAll(List.of(a1, a2));
            sess.flush();
            // trying to guarantee that the history only includes PASSIVE_NO_RESULT for "deleted" and nothing else
            sess.expunge(u1);
            sess.expire(a1, "user");
            a1.setUser(null);
            sess.add(a1);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("UPDATE addresses SET user_id=:user_id WHERE addresses.id = :addresses_id",
                            () -> List.of(params("addresses_id", a1.getId(), "user_id", null))));
        }
    }

    /** RaiseLoadIgnoredTest.test_delete_head */
    @MatrixTest
    void test_delete_head(TestDatabase db) {
        Engine engine = Fixtures.engineFor(db, io.alchemy.orm.conformance.model.raiseload.A.class,
                io.alchemy.orm.conformance.model.raiseload.B.class);
        try (Session sess = new Session(engine)) {
            var a = new io.alchemy.orm.conformance.model.raiseload.A();
            a.setBs(new ArrayList<>(List.of(new io.alchemy.orm.conformance.model.raiseload.B(),
                    new io.alchemy.orm.conformance.model.raiseload.B())));
            sess.add(a);
            sess.commit();
            var a1 = sess.scalars(select(io.alchemy.orm.conformance.model.raiseload.A.class)).first();
            sess.delete(a1);
            // for the flush process, lazy="raise" is ignored
            assertSqlExecution(engine, sess::flush,
                    compiled("SELECT b.id AS b_id, b.a_id AS b_a_id FROM b WHERE :param_1 = b.a_id",
                            params("param_1", 1)),
                    compiledMany("UPDATE b SET a_id=:a_id WHERE b.id = :b_id", params("a_id", null, "b_id", 1),
                            params("a_id", null, "b_id", 2)),
                    compiled("DELETE FROM a WHERE a.id = :id", params("id", 1)));
        }
    }

    // ------------------------------------------------------------------ RowswitchM2OTest

    private static Session rowswitch(TestDatabase db) {
        return new Session(Fixtures.engineFor(db, A.class, B.class, C.class));
    }

    private static A a1(Session sess, B b) {
        A a = new A(1);
        a.getBs().add(b);
        sess.add(a);
        sess.commit();
        return sess.scalars(select(A.class)).first();
    }

    /** RowswitchM2OTest.test_set_none_replaces_m2o */
    @MatrixTest
    void test_set_none_replaces_m2o(TestDatabase db) {
        try (Session sess = rowswitch(db)) {
            B b = new B(1);
            b.setC(new C(1));
            A a1 = a1(sess, b);
            B b1 = new B(1);
            b1.setC(null);
            a1.setBs(new ArrayList<>(List.of(b1)));
            sess.commit();
            assertThat(a1.getBs().get(0).getC()).isNull();
        }
    }

    /** RowswitchM2OTest.test_set_none_w_get_replaces_m2o */
    @MatrixTest
    void test_set_none_w_get_replaces_m2o(TestDatabase db) {
        try (Session sess = rowswitch(db)) {
            B b = new B(1);
            b.setC(new C(1));
            A a1 = a1(sess, b);
            B b2 = new B(1);
            assertThat(b2.getC()).isNull();
            b2.setC(null);
            a1.setBs(new ArrayList<>(List.of(b2)));
            sess.commit();
            assertThat(a1.getBs().get(0).getC()).isNull();
        }
    }

    /** RowswitchM2OTest.test_set_none_replaces_scalar */
    @MatrixTest
    void test_set_none_replaces_scalar(TestDatabase db) {
        try (Session sess = rowswitch(db)) {
            B b = new B(1);
            b.setData("somedata");
            A a1 = a1(sess, b);
            B b1 = new B(1);
            b1.setData(null);
            a1.setBs(new ArrayList<>(List.of(b1)));
            sess.commit();
            assertThat(a1.getBs().get(0).getData()).isNull();
        }
    }

    /** RowswitchM2OTest.test_set_none_w_get_replaces_scalar */
    @MatrixTest
    void test_set_none_w_get_replaces_scalar(TestDatabase db) {
        try (Session sess = rowswitch(db)) {
            B b = new B(1);
            b.setData("somedata");
            A a1 = a1(sess, b);
            B b2 = new B(1);
            assertThat(b2.getData()).isNull();
            b2.setData(null);
            a1.setBs(new ArrayList<>(List.of(b2)));
            sess.commit();
            assertThat(a1.getBs().get(0).getData()).isNull();
        }
    }

    /** RowswitchAccountingTest.test_switch_on_delete */
    @MatrixTest
    void test_switch_on_delete(TestDatabase db) {
        Class<?> parent = io.alchemy.orm.conformance.model.rowswitchaccounting.Parent.class;
        try (Session sess = new Session(Fixtures.engineFor(db, parent,
                io.alchemy.orm.conformance.model.rowswitchaccounting.Child.class))) {
            var p1 = new io.alchemy.orm.conformance.model.rowswitchaccounting.Parent(1);
            p1.setData(2);
            p1.setChild(null);
            sess.add(p1);
            sess.flush();
            p1.setId(5);
            sess.delete(p1);
            assertThat(p1.getId()).isEqualTo(5);
            sess.flush();
            assertThat(Fixtures.count(sess, parent, "parent")).isZero();
        }
    }

    /**
     * RowswitchAccountingTest.test_switch_on_update; the old child, which SQLAlchemy reads from the attribute history of
     * {@code p3.child}, is the Child the merge loaded: the one the identity map holds for primary key 1.
     */
    @MatrixTest
    void test_switch_on_update(TestDatabase db) {
        Class<?> child = io.alchemy.orm.conformance.model.rowswitchaccounting.Child.class;
        try (Session sess = new Session(Fixtures.engineFor(db,
                io.alchemy.orm.conformance.model.rowswitchaccounting.Parent.class, child))) {
            var p1 = new io.alchemy.orm.conformance.model.rowswitchaccounting.Parent(1);
            p1.setChild(new io.alchemy.orm.conformance.model.rowswitchaccounting.Child());
            sess.add(p1);
            sess.commit();
            sess.close();
            var p2 = new io.alchemy.orm.conformance.model.rowswitchaccounting.Parent(1);
            p2.setChild(new io.alchemy.orm.conformance.model.rowswitchaccounting.Child());
            var p3 = sess.merge(p2);
            Object old = sess.get(child, 1);
            assertThat(old).isNotNull().isNotSameAs(p3.getChild());
            assertThat(sess.contains(old)).isTrue();
            // essentially no SQL should emit here, because we've replaced the row with another identical one
            sess.flush();
            assertThat(sess.contains(p3.getChild())).isTrue();
            var p4 = new io.alchemy.orm.conformance.model.rowswitchaccounting.Parent(1);
            p4.setChild(new io.alchemy.orm.conformance.model.rowswitchaccounting.Child());
            var p5 = sess.merge(p4);
            Object old2 = sess.get(child, 1);
            assertThat(old2).isNotNull().isNotSameAs(p5.getChild());
            assertThat(sess.contains(old2)).isTrue();
            sess.flush();
        }
    }

    // ------------------------------------------------------------------ BasicStaleChecksTest

    /** BasicStaleChecksTest.test_delete_twice */
    @MatrixTest
    void test_delete_twice(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db, Fixtures.parent()))) {
            Parent p1 = new Parent(1, 2);
            sess.add(p1);
            sess.commit();
            sess.delete(p1);
            sess.flush();
            sess.delete(p1);
            try (LogCapture log = LogCapture.of("io.alchemy.orm.persistence.DeleteWriter")) {
                sess.commit();
                assertThat(String.join("\n", log.messages())).containsPattern(
                        "DELETE statement on table 'parent' expected to delete 1 row\\(s\\); 0 were matched.");
            }
        }
    }

    /** BasicStaleChecksTest.test_delete_multi_missing_warning */
    @MatrixTest
    void test_delete_multi_missing_warning(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db, Fixtures.parent()))) {
            Parent p1 = new Parent(1, 2);
            Parent p2 = new Parent(2, 3);
            sess.addAll(List.of(p1, p2));
            sess.flush();
            sess.execute(io.alchemy.Alchemy.delete(Fixtures.parent().metadata().tableNamed("parent")));
            sess.delete(p1);
            sess.delete(p2);
            try (LogCapture log = LogCapture.of("io.alchemy.orm.persistence.DeleteWriter")) {
                sess.flush();
                assertThat(String.join("\n", log.messages())).containsPattern(
                        "DELETE statement on table 'parent' expected to delete 2 row\\(s\\); 0 were matched.");
            }
        }
    }
}
