package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code NegationTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsNegationConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING));    /** test/sql/test_operators.py NegationTest.test_negate_operators_2. */
    @Test
    void test_negate_operators_2() {
        assertCompile(select(table1).where(and(table1.c("myid").ne(12), not(table1.c("name").eq("john")))), "SELECT mytable.myid, mytable.name FROM mytable WHERE mytable.myid != :myid_1 AND mytable.name != :name_1");
    }

    /** test/sql/test_operators.py NegationTest.test_negate_operators_3. */
    @Test
    void test_negate_operators_3() {
        assertCompile(select(table1).where(and(table1.c("myid").ne(12), not(table1.c("name").between("jack", "john")))), "SELECT mytable.myid, mytable.name FROM mytable WHERE mytable.myid != :myid_1 AND mytable.name NOT BETWEEN :name_1 AND :name_2");
    }

    /** test/sql/test_operators.py NegationTest.test_negate_operators_4. */
    @Test
    void test_negate_operators_4() {
        assertCompile(select(table1).where(and(table1.c("myid").ne(12), not(and(table1.c("name").eq("john"), table1.c("name").eq("ed"), table1.c("name").eq("fred"))))), "SELECT mytable.myid, mytable.name FROM mytable WHERE mytable.myid != :myid_1 AND NOT (mytable.name = :name_1 AND mytable.name = :name_2 AND mytable.name = :name_3)");
    }

    /** test/sql/test_operators.py NegationTest.test_negate_operators_5. */
    @Test
    void test_negate_operators_5() {
        assertCompile(select(table1).where(and(table1.c("myid").ne(12), not(table1.c("name")))), "SELECT mytable.myid, mytable.name FROM mytable WHERE mytable.myid != :myid_1 AND NOT mytable.name");
    }

    /** test/sql/test_operators.py NegationTest.test_scalar_select. */
    @Test
    void test_scalar_select() {
        var t = table1;
        var expr = select(t.c("myid")).where(t.c("myid").gt(5)).scalarSubquery();
        assertCompile(not(expr), "NOT (SELECT mytable.myid FROM mytable WHERE mytable.myid > :myid_1)");
    }

    /** test/sql/test_operators.py NegationTest.test_nonsensical_negates ({@code ~literal(5)}). */
    @Test
    void test_nonsensical_negates_not() {
        assertCompile(not(literal(5)), "NOT :param_1");
    }

    /** test/sql/test_operators.py NegationTest.test_nonsensical_negates ({@code ~-literal(5)}). */
    @Test
    void test_nonsensical_negates_not_neg() {
        assertCompile(not(literal(5).neg()), "NOT -:param_1");
    }

    /** test/sql/test_operators.py NegationTest.test_negate_operators_1 (neg). */
    @Test
    void test_negate_operators_1_neg() {
        assertCompile(table1.c("myid").neg(), "-mytable.myid");
        assertCompile(literal("foo").neg(), "-:param_1");
    }

    /** test/sql/test_operators.py NegationTest.test_negate_operators_1 (inv). */
    @Test
    void test_negate_operators_1_inv() {
        assertCompile(not(table1.c("myid")), "NOT mytable.myid");
        assertCompile(not(literal("foo")), "NOT :param_1");
    }
}
