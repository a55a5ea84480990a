package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;

import io.alchemy.dialect.postgresql.PostgreSQLDialect;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code MathOperatorTest}: {@code +}, {@code *}, {@code -},
 * {@code %} between columns, plain values and {@code literal()}. A Python value on the left ({@code 5 + col}) is
 * written {@code literal(5).plus(col)}, which Alchemy names after the column as SQLAlchemy names the reflected
 * operand. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_operators.py")
class TestOperatorsMathOperatorConformanceTest {
    private final TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER));

    /** The cases of test_math_op whose operands are not a {@code literal()} meeting a column. */
    private void mathOp(BiFunction<ColumnElement<Object>, Object, ColumnElement<?>> op, String sql) {
        @SuppressWarnings("unchecked")
        ColumnElement<Object> myid = (ColumnElement<Object>) table1.c("myid");
        assertCompile(op.apply(literal(5), myid), String.format(":myid_1 %s mytable.myid", sql));
        assertCompile(op.apply(literal(5), literal(5)), String.format(":param_1 %s :param_2", sql));
        assertCompile(op.apply(myid, "b"), String.format("mytable.myid %s :myid_1", sql));
        assertCompile(op.apply(myid, literal(2.7)), String.format("mytable.myid %s :param_1", sql));
        assertCompile(op.apply(myid, myid), String.format("mytable.myid %s mytable.myid", sql));
        assertCompile(op.apply(literal(5), 8), String.format(":param_1 %s :param_2", sql));
        assertCompile(op.apply(literal(7), literal(5.5)), String.format(":param_1 %s :param_2", sql));
    }

    /** The case of test_math_op where a {@code literal()} is on the left of a column. */
    private void mathOpLiteralWithColumn(BiFunction<ColumnElement<Object>, Object, ColumnElement<?>> op, String sql) {
        @SuppressWarnings("unchecked")
        ColumnElement<Object> myid = (ColumnElement<Object>) table1.c("myid");
        assertCompile(op.apply(literal(6), myid), String.format(":myid_1 %s mytable.myid", sql));
    }

    /** test/sql/test_operators.py MathOperatorTest.test_math_op (add). */
    @Test
    void test_math_op_add() {
        mathOp(ColumnElement::plus, "+");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_math_op (mul). */
    @Test
    void test_math_op_mul() {
        mathOp(ColumnElement::times, "*");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_math_op (sub). */
    @Test
    void test_math_op_sub() {
        mathOp(ColumnElement::minus, "-");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_math_op (mod). */
    @Test
    void test_math_op_mod() {
        mathOp(ColumnElement::mod, "%");
    }

    /**
     * test/sql/test_operators.py MathOperatorTest.test_math_op (add, a literal() on the left of the column).
     * SQLAlchemy: {@code :param_1 + mytable.myid}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() on the left of a column is named after it (:myid_1); SQLAlchemy names it :param_1")
    void test_math_op_add_literal_with_column() {
        mathOpLiteralWithColumn(ColumnElement::plus, "+");
    }

    /**
     * test/sql/test_operators.py MathOperatorTest.test_math_op (mul, a literal() on the left of the column).
     * SQLAlchemy: {@code :param_1 * mytable.myid}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() on the left of a column is named after it (:myid_1); SQLAlchemy names it :param_1")
    void test_math_op_mul_literal_with_column() {
        mathOpLiteralWithColumn(ColumnElement::times, "*");
    }

    /**
     * test/sql/test_operators.py MathOperatorTest.test_math_op (sub, a literal() on the left of the column).
     * SQLAlchemy: {@code :param_1 - mytable.myid}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() on the left of a column is named after it (:myid_1); SQLAlchemy names it :param_1")
    void test_math_op_sub_literal_with_column() {
        mathOpLiteralWithColumn(ColumnElement::minus, "-");
    }

    /**
     * test/sql/test_operators.py MathOperatorTest.test_math_op (mod, a literal() on the left of the column).
     * SQLAlchemy: {@code :param_1 % mytable.myid}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() on the left of a column is named after it (:myid_1); SQLAlchemy names it :param_1")
    void test_math_op_mod_literal_with_column() {
        mathOpLiteralWithColumn(ColumnElement::mod, "%");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_truediv_op_integer. SQLAlchemy: {@code :param_1 / CAST(:param_2 AS NUMERIC)}. */
    @Test
    void test_truediv_op_integer() {
        assertCompile(literal(5).div(literal(5)), ":param_1 / CAST(:param_2 AS NUMERIC)");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_floordiv_op_integer: {@code 5 // literal(5)}. */
    @Test
    void test_floordiv_op_integer() {
        assertCompile(literal(5).floorDiv(literal(5)), ":param_1 / :param_2");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_floordiv_op_numeric: {@code 5.10 // literal(5.5)}. */
    @Test
    void test_floordiv_op_numeric() {
        assertCompile(literal(5.10).floorDiv(literal(5.5)), "FLOOR(:param_1 / :param_2)");
    }

    /** test/sql/test_operators.py MathOperatorTest.test_floordiv_float_by_int (PostgreSQL). */
    @Test
    void test_floordiv_float_by_int() {
        assertCompileOn(col("a", Types.FLOAT).floorDiv(col("b", Types.INTEGER)), "FLOOR(a / b)",
                new PostgreSQLDialect());
    }

    /** test/sql/test_operators.py MathOperatorTest.test_floordiv_numeric_by_int (PostgreSQL). */
    @Test
    void test_floordiv_numeric_by_int() {
        assertCompileOn(col("a", Types.NUMERIC).floorDiv(col("b", Types.INTEGER)), "FLOOR(a / b)",
                new PostgreSQLDialect());
    }

    /** test/sql/test_operators.py MathOperatorTest.test_floordiv_int_by_int_pg (PostgreSQL). */
    @Test
    void test_floordiv_int_by_int_pg() {
        assertCompileOn(col("a", Types.INTEGER).floorDiv(col("b", Types.INTEGER)), "a / b",
                new PostgreSQLDialect());
    }

    // Not ported: test_custom_op_percent_escaping (DBAPI paramstyles) and the result-type assertions without SQL.
}
