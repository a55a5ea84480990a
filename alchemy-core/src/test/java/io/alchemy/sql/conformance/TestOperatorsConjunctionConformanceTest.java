package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.DEFAULT;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code ConjunctionTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsConjunctionConformanceTest {
    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_one. */
    @Test
    void test_single_bool_one() {
        assertCompile(not(and(true_())), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_two. */
    @Test
    void test_single_bool_two() {
        assertCompile(not(and(true_())), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_three. */
    @Test
    void test_single_bool_three() {
        assertCompile(or(not(and(true_()))), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_four. */
    @Test
    void test_single_bool_four() {
        assertCompile(not(or(false_())), "true");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_five. */
    @Test
    void test_single_bool_five() {
        assertCompile(not(or(false_())), "true");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_six. */
    @Test
    void test_single_bool_six() {
        assertCompile(and(not(or(false_()))), "true");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_seven. */
    @Test
    void test_single_bool_seven() {
        assertCompile(and(true_()), "true");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_eight. */
    @Test
    void test_single_bool_eight() {
        assertCompile(or(false_()), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_nine. SQLAlchemy: {@code 1 = 1}. */
    @Test
    void test_single_bool_nine() {
        assertCompileOn(and(true_()), "1 = 1", SQLITE);
    }

    /** test/sql/test_operators.py ConjunctionTest.test_single_bool_ten. SQLAlchemy: {@code 0 = 1}. */
    @Test
    void test_single_bool_ten() {
        assertCompileOn(or(false_()), "0 = 1", SQLITE);
    }

    /** test/sql/test_operators.py ConjunctionTest.test_four. */
    @Test
    void test_four() {
        var x = col("x");
        assertCompile(and(or(x.eq(5)), or(x.eq(7))), "x = :x_1 AND x = :x_2");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_six. */
    @Test
    void test_six() {
        var x = col("x");
        assertCompile(or(true_(), x.eq(7)), "true");
        assertCompile(or(x.eq(7), true_()), "true");
        assertCompile(not(or(x.eq(7), true_())), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_six_pt_five. SQLAlchemy: {@code SELECT x WHERE 1 = 1}. */
    @Test
    void test_six_pt_five() {
        var x = col("x");
        assertCompile(select(x).where(or(x.eq(7), true_())), "SELECT x WHERE true");
        assertCompileOn(select(x).where(or(x.eq(7), true_())), "SELECT x WHERE 1 = 1", SQLITE);
    }

    /** test/sql/test_operators.py ConjunctionTest.test_seven. */
    @Test
    void test_seven() {
        var x = col("x");
        assertCompile(and(true_(), x.eq(7), true_(), x.eq(9)), "x = :x_1 AND x = :x_2");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_eight. */
    @Test
    void test_eight() {
        var x = col("x");
        assertCompile(or(false_(), x.eq(7), false_(), x.eq(9)), "x = :x_1 OR x = :x_2");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_nine. */
    @Test
    void test_nine() {
        var x = col("x");
        assertCompile(and(x.eq(7), x.eq(9), false_(), x.eq(5)), "false");
        assertCompile(not(and(x.eq(7), x.eq(9), false_(), x.eq(5))), "true");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_ten. */
    @Test
    void test_ten() {
        assertCompile(and(null_(), null_()), "NULL AND NULL");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_eleven. */
    @Test
    void test_eleven() {
        var x = col("x");
        assertCompile(select(x).where(null_()).where(null_()), "SELECT x WHERE NULL AND NULL");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_twelve. */
    @Test
    void test_twelve() {
        var x = col("x");
        assertCompile(select(x).where(and(null_(), null_())), "SELECT x WHERE NULL AND NULL");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_thirteen. */
    @Test
    void test_thirteen() {
        var x = col("x");
        assertCompile(select(x).where(not(and(null_(), null_()))), "SELECT x WHERE NOT (NULL AND NULL)");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_fourteen. */
    @Test
    void test_fourteen() {
        var x = col("x");
        assertCompile(select(x).where(not(null_())), "SELECT x WHERE NOT NULL");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_constant_render_distinct. */
    @Test
    void test_constant_render_distinct() {
        assertCompile(select(null_(), null_()), "SELECT NULL AS anon_1, NULL AS anon__1");
        assertCompile(select(true_(), true_()), "SELECT true AS anon_1, true AS anon__1");
        assertCompile(select(false_(), false_()), "SELECT false AS anon_1, false AS anon__1");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_is_true_literal. */
    @Test
    void test_is_true_literal() {
        var c = col("x", Types.BOOLEAN);
        assertCompile(c.is(true), "x IS true");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_is_false_literal. */
    @Test
    void test_is_false_literal() {
        var c = col("x", Types.BOOLEAN);
        assertCompile(c.is(false), "x IS false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_and_false_literal_leading. */
    @Test
    void test_and_false_literal_leading() {
        assertCompile(and(false_(), true_()), "false");
        assertCompile(and(false_(), false_()), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_and_true_literal_leading. */
    @Test
    void test_and_true_literal_leading() {
        assertCompile(and(true_(), true_()), "true");
        assertCompile(and(true_(), false_()), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_or_false_literal_leading. */
    @Test
    void test_or_false_literal_leading() {
        assertCompile(or(false_(), true_()), "true");
        assertCompile(or(false_(), false_()), "false");
    }

    /** test/sql/test_operators.py ConjunctionTest.test_or_true_literal_leading. */
    @Test
    void test_or_true_literal_leading() {
        assertCompile(or(true_(), true_()), "true");
        assertCompile(or(true_(), false_()), "true");
    }

}

