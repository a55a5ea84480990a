package io.alchemy.orm.conformance;

import static io.alchemy.orm.conformance.FlushSql.assertSqlExecution;
import static io.alchemy.orm.conformance.FlushSql.compiled;
import static io.alchemy.orm.conformance.FlushSql.compiledMany;
import static io.alchemy.orm.conformance.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.Node;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
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
}
