package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.sql.conformance.TestCompilerConformanceTest.untyped;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.TableClause;
import io.alchemy.types.Types;
import java.util.Map;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}: comparisons with NULL, {@code text()} as an operand,
 * IN over a scalar subquery and type-driven concatenation. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_operators.py")
class TestOperatorsConformanceTest {
    private static ColumnClause<Object> column(String name) {
        return col(name, Types.NULLTYPE);
    }

    /** test_operators.py DefaultColumnComparatorTest.test_null_true_false_is_sanity_checks. */
    @Test
    void test_null_true_false_is_sanity_checks() {
        assertCompile(column("q").eq(null), "q IS NULL");
        assertCompile(column("q").eq(null_()), "q IS NULL");
        // IS coercion only occurs from left to right
        assertCompile(null_().eq(column("q")), "NULL = q");
        assertCompile(column("q").eq(true_()), "q = true");
        assertCompile(true_().eq(column("q")), "true = q");
        // not ported: column("q") == True -> "q = true" (a Java Boolean is bound here: "q = :q_1"; same rows)
    }

    /**
     * test_operators.py: {@code !=} against {@code null()} is {@code IS NOT NULL} (default_comparator's
     * {@code _boolean_compare}, as {@code col[8] != None} renders {@code (x -> :x_1) IS NOT NULL} in
     * test_operators.py JSONIndexOpTest.test_getitem_index_notnull).
     */
    @Test
    void test_ne_null_is_not_null() {
        assertCompile(column("q").ne(null_()), "q IS NOT NULL");
        assertCompile(column("q").ne(null), "q IS NOT NULL");
    }

    /**
     * default_comparator._boolean_compare: other operators with None/null() raise "Only '=', '!=', 'is_()',
     * 'is_not()', 'is_distinct_from()', 'is_not_distinct_from()' operators can be used with None/True/False".
     */
    @Test
    void test_null_with_other_operators_raises() {
        assertThatThrownBy(() -> column("q").lt(null_())).isInstanceOf(ArgumentError.class)
                .hasMessage("Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', 'is_not_distinct_from()' "
                        + "operators can be used with None/True/False");
    }

    /** test_operators.py ComposedLikeOperatorsTest.test_contains_text. */
    @Test
    void test_contains_text() {
        assertCompile(column("x").contains(text("y")), "x LIKE '%' || y || '%'", Map.of());
    }

    /** test_operators.py ComposedLikeOperatorsTest.test_contains_literal. */
    @Test
    void test_contains_literal() {
        assertCompile(column("x").contains(literalColumn("y")), "x LIKE '%' || y || '%'", Map.of());
    }

    /** test_operators.py InSelectableTest.test_in_subquery_alias_explicit. */
    @Test
    void test_in_subquery_alias_explicit() {
        TableClause t = untyped("t", "x");
        var stmt = select(t.c("x")).subquery();
        assertCompile(column("q").in(select(stmt).scalarSubquery()),
                "q IN (SELECT anon_1.x FROM (SELECT t.x AS x FROM t) AS anon_1)");
    }

    /** test_operators.py InSelectableTest.test_in_cte_explicit. */
    @Test
    void test_in_cte_explicit() {
        TableClause t = untyped("t", "x");
        var stmt = select(t.c("x")).cte();
        var s2 = select(column("q").in(select(stmt).scalarSubquery()));
        assertCompile(s2, "WITH anon_2 AS (SELECT t.x AS x FROM t) "
                + "SELECT q IN (SELECT anon_2.x FROM anon_2) AS anon_1");
    }

    /** test_operators.py InSelectableTest.test_in_select. */
    @Test
    void test_in_select() {
        TableClause t = untyped("t", "x");
        assertCompile(column("q").in(select(t.c("x"))), "q IN (SELECT t.x FROM t)");
    }

    /**
     * test_operators.py ComparisonOperatorTest.test_concatenable_adapt: {@code +} between two Concatenable types is
     * {@code concat_op} (rendered {@code ||}); with a non-concatenable operand it stays {@code +}.
     */
    @Test
    void test_concatenable_adapt() {
        assertCompile(col("x", Types.STRING).plus(col("y", Types.STRING)), "x || y");
        assertCompile(col("x", Types.STRING).plus(col("y", Types.INTEGER)), "x + y");
    }

    /** test_operators.py MultiElementExprTest.test_associatives_mismatched_type (negate=False, both orders). */
    @Test
    void test_associatives_mismatched_type() {
        var expr1 = col("i1", Types.INTEGER).plus(col("i2", Types.INTEGER));
        var expr2 = col("d1", Types.STRING).plus(col("d2", Types.STRING));
        assertCompile(select(expr2.plus(expr1)), "SELECT (d1 || d2) + i1 + i2 AS anon_1");
        assertCompile(select(expr1.plus(expr2)), "SELECT i1 + i2 + (d1 || d2) AS anon_1");
    }

    /** test_operators.py OperatorPrecedenceTest.test_commutative_operators. */
    @Test
    void test_commutative_operators() {
        assertCompile(literal("a").plus(literal("b").times(literal("c"))), ":param_1 || :param_2 * :param_3");
    }

    /** test_operators.py InTest.test_in_9: Integer + String stays {@code +}. */
    @Test
    void test_in_9() {
        TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER));
        assertCompile(table1.c("myid").in(literal(1).plus("a")), "mytable.myid IN (:param_1 + :param_2)");
    }

    /** test_operators.py InTest.test_in_10. */
    @Test
    void test_in_10() {
        TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER));
        assertCompile(table1.c("myid").in(literal("a").plus("a"), "b"), "mytable.myid IN (:param_1 || :param_2, :myid_1)");
    }

    /** test_operators.py InTest.test_in_11. */
    @Test
    void test_in_11() {
        TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER));
        assertCompile(table1.c("myid").in(literal("a").plus(literal("a")), literal("b")),
                "mytable.myid IN (:param_1 || :param_2, :param_3)");
    }
}
