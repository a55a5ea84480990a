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
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code OperatorPrecedenceTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsOperatorPrecedenceConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.TABLE1;
    private final io.alchemy.sql.TableClause table2 = Fixtures.table("op", col("field"));    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_1. */
    @Test
    void test_operator_precedence_1() {
        assertCompile(select(table2).where(table2.c("field").eq(5).eq(null)), "SELECT op.field FROM op WHERE (op.field = :field_1) IS NULL");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_2. */
    @Test
    void test_operator_precedence_2() {
        assertCompile(select(table2).where(table2.c("field").plus(5).eq(table2.c("field"))), "SELECT op.field FROM op WHERE op.field + :field_1 = op.field");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_3. */
    @Test
    void test_operator_precedence_3() {
        assertCompile(select(table2).where(table2.c("field").plus(5).times(6)), "SELECT op.field FROM op WHERE (op.field + :field_1) * :param_1");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_4. */
    @Test
    void test_operator_precedence_4() {
        assertCompile(select(table2).where(table2.c("field").times(5).plus(6)), "SELECT op.field FROM op WHERE op.field * :field_1 + :param_1");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_7. */
    @Test
    void test_operator_precedence_7() {
        assertCompile(select(table2).where(not(and(table2.c("field").eq(5), table2.c("field").eq(7)))), "SELECT op.field FROM op WHERE NOT (op.field = :field_1 AND op.field = :field_2)");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_8. */
    @Test
    void test_operator_precedence_8() {
        assertCompile(select(table2).where(not(table2.c("field").eq(5))), "SELECT op.field FROM op WHERE op.field != :field_1");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_9. */
    @Test
    void test_operator_precedence_9() {
        assertCompile(select(table2).where(not(table2.c("field").between(5, 6))), "SELECT op.field FROM op WHERE op.field NOT BETWEEN :field_1 AND :field_2");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_10. */
    @Test
    void test_operator_precedence_10() {
        assertCompile(select(table2).where(not(table2.c("field")).eq(5)), "SELECT op.field FROM op WHERE (NOT op.field) = :param_1");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_11. */
    @Test
    void test_operator_precedence_11() {
        assertCompile(select(table2).where(table2.c("field").eq(table2.c("field")).between(false, true)), "SELECT op.field FROM op WHERE (op.field = op.field) BETWEEN :param_1 AND :param_2");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_operator_precedence_12. */
    @Test
    void test_operator_precedence_12() {
        assertCompile(select(table2).where(table2.c("field").eq(table2.c("field")).between(false, true)), "SELECT op.field FROM op WHERE (op.field = op.field) BETWEEN :param_1 AND :param_2");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_op_operators. */
    @Test
    void test_op_operators() {
        assertCompile(select(table1).where(table1.c("myid").op("hoho", 12).eq(14)), "SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE (mytable.myid hoho :myid_1) = :param_1");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_op_operators_comma_precedence. */
    @Test
    void test_op_operators_comma_precedence() {
        assertCompile(func.call("foo", table1.c("myid").op("hoho", 12)), "foo(mytable.myid hoho :myid_1)");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_op_operators_comparison_precedence. */
    @Test
    void test_op_operators_comparison_precedence() {
        assertCompile(table1.c("myid").op("hoho", 12).eq(5), "(mytable.myid hoho :myid_1) = :param_1");
    }

    /** test/sql/test_operators.py OperatorPrecedenceTest.test_is_eq_precedence_flat. */
    @Test
    void test_is_eq_precedence_flat() {
        assertCompile(table1.c("name").eq(null_()).ne(table1.c("description").eq(null_())), "(mytable.name IS NULL) != (mytable.description IS NULL)");
    }

    // test_commutative_operators is in TestOperatorsConformanceTest.
}
