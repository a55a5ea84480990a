package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.bindparam;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.metamodel.Entity;
import io.alchemy.sql.ColumnElement;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/orm/test_core_compilation.py}: mapped classes where Core expects a FROM element
 * ({@code select_from(User)}, {@code join_from(User, Address)}, {@code correlate(User)}, {@code join(Address)}),
 * compiled with the default dialect. SQLAlchemy's fixture mapping ({@code users}, {@code addresses}); expected
 * strings verbatim. {@link MappedClassFromMatrixTest} runs these constructs on the databases.
 */
@PortedFrom("test/orm/test_core_compilation.py")
class TestCoreCompilationConformanceTest {

    @BeforeAll
    static void map() {
        Fixtures.standard();
    }

    private static ColumnElement<?> user(String name) {
        return Entity.of(User.class).c(name);
    }

    private static ColumnElement<?> address(String name) {
        return Entity.of(Address.class).c(name);
    }

    /** JoinTest.test_join_from_no_onclause. */
    @Test
    void test_join_from_no_onclause() {
        assertCompile(select(literalColumn("1")).joinFrom(User.class, Address.class),
                "SELECT 1 FROM users JOIN addresses ON users.id = addresses.user_id");
    }

    /**
     * JoinTest.test_params_with_join, second case: {@code select(User).join_from(User, Address)}; the SQL (the
     * parameters SQLAlchemy passes at compile time have no counterpart here).
     */
    @Test
    void test_params_with_join_join_from() {
        assertCompile(select(User.class).joinFrom(User.class, Address.class).where(user("id").eq(bindparam("foo"))),
                "SELECT users.id, users.name FROM users JOIN addresses "
                        + "ON users.id = addresses.user_id WHERE users.id = :foo");
    }

    /** RawSelectTest.test_select_from_entity. */
    @Test
    void test_select_from_entity() {
        assertCompile(select(literalColumn("*")).selectFrom(User.class), "SELECT * FROM users");
    }

    /** RawSelectTest.test_inline_select_from_entity ({@code select()} form). */
    @Test
    void test_inline_select_from_entity() {
        assertCompile(select(literalColumn("*")).selectFrom(User.class), "SELECT * FROM users");
    }

    /** RawSelectTest.test_correlate_entity ({@code select()} form). */
    @Test
    void test_correlate_entity() {
        assertCompile(select(user("name"), address("id"),
                        select(func.count(address("id"))).where(user("id").eq(address("user_id")))
                                .correlate(User.class).scalarSubquery()),
                "SELECT users.name, addresses.id, "
                        + "(SELECT count(addresses.id) AS count_1 "
                        + "FROM addresses WHERE users.id = addresses.user_id) AS anon_1 "
                        + "FROM users, addresses");
    }

    /** RawSelectTest.test_join_to_entity_no_onclause. */
    @Test
    void test_join_to_entity_no_onclause() {
        assertCompile(select(User.class).join(Address.class),
                "SELECT users.id, users.name FROM users "
                        + "JOIN addresses ON users.id = addresses.user_id");
    }
}
