package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.conformance.FlushSql.assertSqlExecution;
import static io.alchemy.orm.conformance.FlushSql.compiled;
import static io.alchemy.orm.conformance.FlushSql.compiledMany;
import static io.alchemy.orm.conformance.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Item;
import io.alchemy.orm.conformance.model.Keyword;
import io.alchemy.orm.conformance.model.Node;
import io.alchemy.orm.conformance.model.Node_;
import io.alchemy.orm.conformance.model.Parent;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;

/** SQLAlchemy's {@code test/orm/test_unitofworkv2.py}: the statements a flush emits, in order. */
@PortedFrom("test/orm/test_unitofworkv2.py")
class TestUnitOfWorkV2ConformanceTest {

    private static User user(String name, Address... addresses) {
        User user = new User(name);
        user.getAddresses().addAll(List.of(addresses));
        return user;
    }

    private static Address address(String email, User user) {
        Address address = new Address(email);
        address.setUser(user);
        return address;
    }

    /** RudimentaryFlushTest.test_one_to_many_save */
    @MatrixTest
    void test_one_to_many_save(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Address a1 = new Address("a1");
            Address a2 = new Address("a2");
            User u1 = user("u1", a1, a2);
            sess.add(u1);
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO users (name) VALUES (:name)", params("name", "u1")),
                    compiledMany("INSERT INTO addresses (user_id, email_address) VALUES (:user_id, :email_address)", () -> List.of(params("email_address", "a1", "user_id", u1.getId()),
                            params("email_address", "a2", "user_id", u1.getId()))));
        }
    }

    /** RudimentaryFlushTest.test_one_to_many_delete_all */
    @MatrixTest
    void test_one_to_many_delete_all(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Address a1 = new Address("a1");
            Address a2 = new Address("a2");
            User u1 = user("u1", a1, a2);
            sess.add(u1);
            sess.flush();
            sess.delete(u1);
            sess.delete(a1);
            sess.delete(a2);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("DELETE FROM addresses WHERE addresses.id = :id", () -> List.of(params("id", a1.getId()),
                            params("id", a2.getId()))),
                    compiled("DELETE FROM users WHERE users.id = :id", () -> params("id", u1.getId())));
        }
    }

    /** RudimentaryFlushTest.test_one_to_many_delete_parent */
    @MatrixTest
    void test_one_to_many_delete_parent(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Address a1 = new Address("a1");
            Address a2 = new Address("a2");
            User u1 = user("u1", a1, a2);
            sess.add(u1);
            sess.flush();
            sess.delete(u1);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("UPDATE addresses SET user_id=:user_id WHERE addresses.id = :addresses_id", () -> List.of(params("addresses_id", a1.getId(), "user_id", null),
                            params("addresses_id", a2.getId(), "user_id", null))),
                    compiled("DELETE FROM users WHERE users.id = :id", () -> params("id", u1.getId())));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_save */
    @MatrixTest
    void test_many_to_one_save(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u1 = new User("u1");
            Address a1 = address("a1", u1);
            Address a2 = address("a2", u1);
            sess.addAll(List.of(a1, a2));
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO users (name) VALUES (:name)", params("name", "u1")),
                    compiledMany("INSERT INTO addresses (user_id, email_address) VALUES (:user_id, :email_address)", () -> List.of(params("email_address", "a1", "user_id", u1.getId()),
                            params("email_address", "a2", "user_id", u1.getId()))));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_delete_all */
    @MatrixTest
    void test_many_to_one_delete_all(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u1 = new User("u1");
            Address a1 = address("a1", u1);
            Address a2 = address("a2", u1);
            sess.addAll(List.of(a1, a2));
            sess.flush();
            sess.delete(u1);
            sess.delete(a1);
            sess.delete(a2);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("DELETE FROM addresses WHERE addresses.id = :id", () -> List.of(params("id", a1.getId()),
                            params("id", a2.getId()))),
                    compiled("DELETE FROM users WHERE users.id = :id", () -> params("id", u1.getId())));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_delete_target */
    @MatrixTest
    void test_many_to_one_delete_target(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u1 = new User("u1");
            Address a1 = address("a1", u1);
            Address a2 = address("a2", u1);
            sess.addAll(List.of(a1, a2));
            sess.flush();
            sess.delete(u1);
            a1.setUser(null);
            a2.setUser(null);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("UPDATE addresses SET user_id=:user_id WHERE addresses.id = :addresses_id", () -> List.of(params("addresses_id", a1.getId(), "user_id", null),
                            params("addresses_id", a2.getId(), "user_id", null))),
                    compiled("DELETE FROM users WHERE users.id = :id", () -> params("id", u1.getId())));
        }
    }

    /** SingleCycleTest.test_one_to_many_save */
    @MatrixTest
    void test_one_to_many_save_singlecycle(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n1 = new Node("n1");
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            n1.getChildren().addAll(List.of(n2, n3));
            sess.add(n1);
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)",
                            params("parent_id", null, "data", "n1")),
                    compiledMany("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)", () -> List.of(params("parent_id", n1.getId(), "data", "n2"),
                            params("parent_id", n1.getId(), "data", "n3"))));
        }
    }

    /** RudimentaryFlushTest.test_many_to_one_del_attr (del a1.user: the attribute set to null) */
    @MatrixTest
    void test_many_to_one_del_attr(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u1 = new User("u1");
            Address a1 = address("a1", u1);
            Address a2 = address("a2", u1);
            sess.addAll(List.of(a1, a2));
            sess.flush();
            a1.setUser(null);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("UPDATE addresses SET user_id=:user_id WHERE addresses.id = :addresses_id",
                            () -> List.of(params("addresses_id", a1.getId(), "user_id", null))));
        }
    }

    /** RudimentaryFlushTest.test_natural_ordering */
    @MatrixTest
    void test_natural_ordering(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            User u1 = new User("u1");
            u1.setId(1);
            Address a1 = new Address("a2");
            a1.setId(1);
            a1.setUserId(1);
            sess.addAll(List.of(u1, a1));
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO users (id, name) VALUES (:id, :name)", params("id", 1, "name", "u1")),
                    compiled("INSERT INTO addresses (id, user_id, email_address) VALUES (:id, :user_id, "
                            + ":email_address)", params("email_address", "a2", "user_id", 1, "id", 1)));
            sess.delete(u1);
            sess.delete(a1);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("DELETE FROM addresses WHERE addresses.id = :id", params("id", 1)),
                    compiledMany("DELETE FROM users WHERE users.id = :id", params("id", 1)));
        }
    }

    /** RudimentaryFlushTest.test_natural_selfref */
    @MatrixTest
    void test_natural_selfref(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n1 = new Node();
            n1.setId(1);
            Node n2 = new Node();
            n2.setId(2);
            n2.setParentId(1);
            Node n3 = new Node();
            n3.setId(3);
            n3.setParentId(2);
            sess.addAll(List.of(n1, n2, n3));
            assertSqlExecution(engine, sess::flush,
                    compiledMany("INSERT INTO nodes (id, parent_id, data) VALUES (:id, :parent_id, :data)",
                            params("parent_id", null, "data", null, "id", 1),
                            params("parent_id", 1, "data", null, "id", 2),
                            params("parent_id", 2, "data", null, "id", 3)));
        }
    }

    /** RudimentaryFlushTest.test_many_to_many */
    @MatrixTest
    void test_many_to_many(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Keyword k1 = new Keyword("k1");
            Item i1 = new Item("i1");
            i1.getKeywords().add(k1);
            sess.add(i1);
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO items (description) VALUES (:description)", params("description", "i1")),
                    compiled("INSERT INTO keywords (name) VALUES (:name)", params("name", "k1")),
                    compiled("INSERT INTO item_keywords (item_id, keyword_id) VALUES (:item_id, :keyword_id)",
                            () -> params("item_id", i1.getId(), "keyword_id", k1.getId())));
            sess.expire(i1, "keywords");
            i1.setDescription("i2");
            assertSqlExecution(engine, sess::flush,
                    compiled("UPDATE items SET description=:description WHERE items.id = :items_id",
                            () -> params("description", "i2", "items_id", i1.getId())));
        }
    }

    /** SingleCycleTest.test_one_to_many_delete_all */
    @MatrixTest
    void test_one_to_many_delete_all_singlecycle(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1");
            n1.getChildren().addAll(List.of(n2, n3));
            sess.add(n1);
            sess.flush();
            sess.delete(n1);
            sess.delete(n2);
            sess.delete(n3);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("DELETE FROM nodes WHERE nodes.id = :id", () -> List.of(params("id", n2.getId()),
                            params("id", n3.getId()))),
                    compiled("DELETE FROM nodes WHERE nodes.id = :id", () -> params("id", n1.getId())));
        }
    }

    /**
     * SingleCycleTest.test_one_to_many_delete_parent. SQLAlchemy's expected batch lists the children's rows as
     * {@code [{"nodes_id": n3.id, "parent_id": None}, {"nodes_id": n2.id, "parent_id": None}]}.
     */
    @MatrixTest
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#orm-row-order-in-a-batch",
            value = "the same UPDATE batch, its rows in the collection's order (n2, n3) rather than SQLAlchemy's")
    void test_one_to_many_delete_parent_singlecycle(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1");
            n1.getChildren().addAll(List.of(n2, n3));
            sess.add(n1);
            sess.flush();
            sess.delete(n1);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("UPDATE nodes SET parent_id=:parent_id WHERE nodes.id = :nodes_id",
                            () -> List.of(params("nodes_id", n2.getId(), "parent_id", null),
                                    params("nodes_id", n3.getId(), "parent_id", null))),
                    compiled("DELETE FROM nodes WHERE nodes.id = :id", () -> params("id", n1.getId())));
        }
    }

    /** SingleCycleTest.test_many_to_one_save */
    @MatrixTest
    void test_many_to_one_save_singlecycle(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n1 = new Node("n1");
            Node n2 = new Node("n2");
            n2.setParent(n1);
            Node n3 = new Node("n3");
            n3.setParent(n1);
            sess.addAll(List.of(n2, n3));
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)",
                            params("parent_id", null, "data", "n1")),
                    compiledMany("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)",
                            () -> List.of(params("parent_id", n1.getId(), "data", "n2"),
                                    params("parent_id", n1.getId(), "data", "n3"))));
        }
    }

    /** SingleCycleTest.test_many_to_one_delete_all */
    @MatrixTest
    void test_many_to_one_delete_all_singlecycle(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n1 = new Node("n1");
            Node n2 = new Node("n2");
            n2.setParent(n1);
            Node n3 = new Node("n3");
            n3.setParent(n1);
            sess.addAll(List.of(n2, n3));
            sess.flush();
            sess.delete(n1);
            sess.delete(n2);
            sess.delete(n3);
            assertSqlExecution(engine, sess::flush,
                    compiledMany("DELETE FROM nodes WHERE nodes.id = :id", () -> List.of(params("id", n2.getId()),
                            params("id", n3.getId()))),
                    compiled("DELETE FROM nodes WHERE nodes.id = :id", () -> params("id", n1.getId())));
        }
    }

    /** SingleCycleTest.test_many_to_one_set_null_unloaded */
    @MatrixTest
    void test_many_to_one_set_null_unloaded(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n1 = new Node("n1");
            Node n2 = new Node("n2");
            n2.setParent(n1);
            sess.addAll(List.of(n1, n2));
            sess.commit();
        }
        try (Session sess = new Session(engine)) {
            Node n2 = sess.scalars(select(Node.class).where(Node_.data.eq("n2"))).one();
            n2.setParent(null);
            assertSqlExecution(engine, sess::flush,
                    compiled("UPDATE nodes SET parent_id=:parent_id WHERE nodes.id = :nodes_id",
                            () -> params("parent_id", null, "nodes_id", n2.getId())));
        }
    }

    /** SingleCycleTest.test_cycle_rowswitch: a deleted row's key taken by a new object in the same flush */
    @MatrixTest
    void test_cycle_rowswitch(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1");
            n1.getChildren().add(n2);
            sess.add(n1);
            sess.flush();
            sess.delete(n2);
            n3.setId(n2.getId());
            n1.getChildren().add(n3);
            sess.flush();
        }
    }

    /** SingleCycleTest.test_bidirectional_mutations_one */
    @MatrixTest
    void test_bidirectional_mutations_one(TestDatabase db) {
        try (Session sess = new Session(Fixtures.engine(db))) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1");
            n1.getChildren().add(n2);
            sess.add(n1);
            sess.flush();
            sess.delete(n2);
            n1.getChildren().add(n3);
            sess.flush();
            sess.delete(n1);
            sess.delete(n3);
            sess.flush();
        }
    }

    /** SingleCycleTest.test_bidirectional_multilevel_save */
    @MatrixTest
    void test_bidirectional_multilevel_save(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session sess = new Session(engine)) {
            Node n1 = new Node("n1");
            n1.getChildren().add(new Node("n11"));
            Node n12 = new Node("n12");
            n1.getChildren().add(n12);
            n1.getChildren().add(new Node("n13"));
            n1.getChildren().get(1).getChildren().add(new Node("n121"));
            n1.getChildren().get(1).getChildren().add(new Node("n122"));
            n1.getChildren().get(1).getChildren().add(new Node("n123"));
            sess.add(n1);
            assertSqlExecution(engine, sess::flush,
                    compiled("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)",
                            () -> params("parent_id", null, "data", "n1")),
                    compiledMany("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)",
                            () -> List.of(params("parent_id", n1.getId(), "data", "n11"),
                                    params("parent_id", n1.getId(), "data", "n12"),
                                    params("parent_id", n1.getId(), "data", "n13"))),
                    compiledMany("INSERT INTO nodes (parent_id, data) VALUES (:parent_id, :data)",
                            () -> List.of(params("parent_id", n12.getId(), "data", "n121"),
                                    params("parent_id", n12.getId(), "data", "n122"),
                                    params("parent_id", n12.getId(), "data", "n123"))));
        }
    }

    /**
     * SingleCycleTest.test_delete_unloaded_m2o: the outcome (all three rows deleted, children first); SQLAlchemy
     * asserts the statements as an unordered {@code AllOf}, which the kit does not express.
     */
    @MatrixTest
    void test_delete_unloaded_m2o(TestDatabase db) {
        Engine engine = Fixtures.engine(db);
        try (Session session = new Session(engine)) {
            Node parent = new Node();
            Node c1 = new Node();
            c1.setParent(parent);
            Node c2 = new Node();
            c2.setParent(parent);
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
            session.flush();
            assertThat(session.get(Node.class, pid)).isNull();
            assertThat(session.get(Node.class, c1id)).isNull();
            assertThat(session.get(Node.class, c2id)).isNull();
        }
    }

    /** BasicStaleChecksTest.test_update_single_missing */
    @MatrixTest
    void test_update_single_missing(TestDatabase db) {
        Engine engine = Fixtures.engine(db, Fixtures.parent());
        try (Session sess = new Session(engine)) {
            Parent p1 = new Parent(1, 2);
            sess.add(p1);
            sess.flush();
            sess.execute(io.alchemy.Alchemy.delete(Fixtures.parent().metadata().tableNamed("parent")));
            p1.setData(3);
            assertThatThrownBy(sess::flush).isInstanceOf(StaleDataError.class)
                    .hasMessageMatching("UPDATE statement on table 'parent' expected to update 1 row\\(s\\); 0 were "
                            + "matched.");
        }
    }
}
