package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code OperatorAssociativityTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsOperatorAssociativityConformanceTest {
    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_1. */
    @Test
    void test_associativity_1() {
        var f = col("f");
        assertCompile(f.minus(f), "f - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_2. */
    @Test
    void test_associativity_2() {
        var f = col("f");
        assertCompile(f.minus(f).minus(f), "(f - f) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_3. */
    @Test
    void test_associativity_3() {
        var f = col("f");
        assertCompile(f.minus(f).minus(f), "(f - f) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_4. */
    @Test
    void test_associativity_4() {
        var f = col("f");
        assertCompile(f.minus(f).label("foo").minus(f), "(f - f) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_5. */
    @Test
    void test_associativity_5() {
        var f = col("f");
        assertCompile(f.minus(f.minus(f)), "f - (f - f)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_6. */
    @Test
    void test_associativity_6() {
        var f = col("f");
        assertCompile(f.minus(f.minus(f).label("foo")), "f - (f - f)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_7. SQLAlchemy: {@code f / CAST((f - f) AS NUMERIC)}. */
    @Test
    void test_associativity_7() {
        var f = col("f");
        assertCompile(f.div(f.minus(f)), "f / CAST((f - f) AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_8. SQLAlchemy: {@code f / CAST((f - f) AS NUMERIC)}. */
    @Test
    void test_associativity_8() {
        var f = col("f");
        assertCompile(f.div(f.minus(f).label("foo")), "f / CAST((f - f) AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_9. SQLAlchemy: {@code f / CAST(f AS NUMERIC) - f}. */
    @Test
    void test_associativity_9() {
        var f = col("f");
        assertCompile(f.div(f).minus(f), "f / CAST(f AS NUMERIC) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_10. SQLAlchemy: {@code f / CAST(f AS NUMERIC) - f}. */
    @Test
    void test_associativity_10() {
        var f = col("f");
        assertCompile(f.div(f).minus(f), "f / CAST(f AS NUMERIC) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_11. SQLAlchemy: {@code f / CAST(f AS NUMERIC) - f}. */
    @Test
    void test_associativity_11() {
        var f = col("f");
        assertCompile(f.div(f).label("foo").minus(f), "f / CAST(f AS NUMERIC) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_12. SQLAlchemy: {@code f - f / CAST(f AS NUMERIC)}. */
    @Test
    void test_associativity_12() {
        var f = col("f");
        assertCompile(f.minus(f.div(f)), "f - f / CAST(f AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_13. SQLAlchemy: {@code f - f / CAST(f AS NUMERIC)}. */
    @Test
    void test_associativity_13() {
        var f = col("f");
        assertCompile(f.minus(f.div(f).label("foo")), "f - f / CAST(f AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_14. SQLAlchemy: {@code f - f / CAST(f AS NUMERIC)}. */
    @Test
    void test_associativity_14() {
        var f = col("f");
        assertCompile(f.minus(f.div(f)), "f - f / CAST(f AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_15. SQLAlchemy: {@code (f - f) / CAST(f AS NUMERIC)}. */
    @Test
    void test_associativity_15() {
        var f = col("f");
        assertCompile(f.minus(f).div(f), "(f - f) / CAST(f AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_16. SQLAlchemy: {@code (f - f) / CAST(f AS NUMERIC) - f}. */
    @Test
    void test_associativity_16() {
        var f = col("f");
        assertCompile(f.minus(f).div(f).minus(f), "(f - f) / CAST(f AS NUMERIC) - f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_17. SQLAlchemy: {@code (f - f) / CAST((f - f) AS NUMERIC)}. */
    @Test
    void test_associativity_17() {
        var f = col("f");
        assertCompile(f.minus(f).div(f.minus(f)), "(f - f) / CAST((f - f) AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_18. SQLAlchemy: {@code f / CAST(f AS NUMERIC) - f / CAST(f AS NUMERIC)}. */
    @Test
    void test_associativity_18() {
        var f = col("f");
        assertCompile(f.div(f).minus(f.div(f)), "f / CAST(f AS NUMERIC) - f / CAST(f AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_19. SQLAlchemy: {@code f / CAST(f AS NUMERIC) - (f - f)}. */
    @Test
    void test_associativity_19() {
        var f = col("f");
        assertCompile(f.div(f).minus(f.minus(f)), "f / CAST(f AS NUMERIC) - (f - f)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_20. SQLAlchemy: {@code (f / CAST(f AS NUMERIC)) / CAST((f - f) AS NUMERIC)}. */
    @Test
    void test_associativity_20() {
        var f = col("f");
        assertCompile(f.div(f).div(f.minus(f)), "(f / CAST(f AS NUMERIC)) / CAST((f - f) AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_21. SQLAlchemy: {@code f / CAST((f / CAST((f - f) AS NUMERIC)) AS NUMERIC)}. */
    @Test
    void test_associativity_21() {
        var f = col("f");
        assertCompile(f.div(f.div(f.minus(f))), "f / CAST((f / CAST((f - f) AS NUMERIC)) AS NUMERIC)");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_22. */
    @Test
    void test_associativity_22() {
        var f = col("f");
        assertCompile(f.eq(f).eq(f), "(f = f) = f");
    }

    /** test/sql/test_operators.py OperatorAssociativityTest.test_associativity_23. */
    @Test
    void test_associativity_23() {
        var f = col("f");
        assertCompile(f.ne(f).ne(f), "(f != f) != f");
    }

}

