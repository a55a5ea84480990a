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
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code BooleanEvalTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsBooleanEvalConformanceTest {
    /** test/sql/test_operators.py BooleanEvalTest.test_one. */
    @Test
    void test_one() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(c), "SELECT x WHERE x", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_two_a. SQLAlchemy: {@code SELECT x WHERE x = 1}. */
    @Test
    void test_two_a() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(c), "SELECT x WHERE x = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_two_b. SQLAlchemy: {@code SELECT x WHERE x = 1}. */
    @Test
    void test_two_b() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(c), "SELECT x WHERE x = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_three_a. SQLAlchemy: {@code SELECT x WHERE x = 0}. */
    @Test
    void test_three_a() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(not(c)), "SELECT x WHERE x = 0", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_three_a_double. SQLAlchemy: {@code SELECT x WHERE x = 1}. */
    @Test
    void test_three_a_double() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(not(not(c))), "SELECT x WHERE x = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_three_b. SQLAlchemy: {@code SELECT x WHERE x = 0}. */
    @Test
    void test_three_b() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(not(c)), "SELECT x WHERE x = 0", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_four. */
    @Test
    void test_four() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(not(c)), "SELECT x WHERE NOT x", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_four_double. */
    @Test
    void test_four_double() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).where(not(not(c))), "SELECT x WHERE x", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_five_a. SQLAlchemy: {@code SELECT x HAVING x = 1}. */
    @Test
    void test_five_a() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).having(c), "SELECT x HAVING x = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_five_b. SQLAlchemy: {@code SELECT x HAVING x = 1}. */
    @Test
    void test_five_b() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(select(c).having(c), "SELECT x HAVING x = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_six. SQLAlchemy: {@code 1 = 1}. */
    @Test
    void test_six() {
        assertCompileOn(or(false_(), true_()), "1 = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_seven_a. SQLAlchemy: {@code t1 JOIN t2 ON 1 = 1}. */
    @Test
    void test_seven_a() {
        var t1 = Fixtures.table("t1", col("a"));
        var t2 = Fixtures.table("t2", col("b"));
        assertCompileOn(t1.join(t2, true_()), "t1 JOIN t2 ON 1 = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_seven_b. SQLAlchemy: {@code t1 JOIN t2 ON 0 = 1}. */
    @Test
    void test_seven_b() {
        var t1 = Fixtures.table("t1", col("a"));
        var t2 = Fixtures.table("t2", col("b"));
        assertCompileOn(t1.join(t2, false_()), "t1 JOIN t2 ON 0 = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_seven_c. */
    @Test
    void test_seven_c() {
        var t1 = Fixtures.table("t1", col("a"));
        var t2 = Fixtures.table("t2", col("b"));
        assertCompileOn(t1.join(t2, true_()), "t1 JOIN t2 ON true", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_seven_d. */
    @Test
    void test_seven_d() {
        var t1 = Fixtures.table("t1", col("a"));
        var t2 = Fixtures.table("t2", col("b"));
        assertCompileOn(t1.join(t2, false_()), "t1 JOIN t2 ON false", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_eight. */
    @Test
    void test_eight() {
        assertCompileOn(and(false_(), true_()), "false", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_nine. SQLAlchemy: {@code 0 = 1}. */
    @Test
    void test_nine() {
        assertCompileOn(and(false_(), true_()), "0 = 1", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_ten (named placeholder as JDBC's on SQLite). */
    @Test
    void test_ten() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(c.eq(1), "x = ?", SQLITE);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_eleven. */
    @Test
    void test_eleven() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(c.is(true_()), "x IS true", DEFAULT);
    }

    /** test/sql/test_operators.py BooleanEvalTest.test_twelve. */
    @Test
    void test_twelve() {
        var c = col("x", Types.BOOLEAN);
        assertCompileOn(c.is(true_()), "x IS 1", SQLITE);
    }

}

