package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;

import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code DefaultColumnComparatorTest}: NOT of expressions that
 * are not conditions is grouped. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_operators.py")
class TestOperatorsDefaultColumnComparatorConformanceTest {
    /** test/sql/test_operators.py DefaultColumnComparatorTest.test_nonsensical_negations (add). */
    @Test
    void test_nonsensical_negations_add() {
        assertCompile(select(not(col("x").plus(col("q")))), "SELECT NOT (x + q) AS anon_1");
    }

    /** test/sql/test_operators.py DefaultColumnComparatorTest.test_nonsensical_negations (and_). */
    @Test
    void test_nonsensical_negations_and() {
        assertCompile(select(not(and(col("x"), col("q")))), "SELECT NOT (x AND q) AS anon_1");
    }

    /** test/sql/test_operators.py DefaultColumnComparatorTest.test_nonsensical_negations (or_). */
    @Test
    void test_nonsensical_negations_or() {
        assertCompile(select(not(or(col("x"), col("q")))), "SELECT NOT (x OR q) AS anon_1");
    }

    /** test/sql/test_operators.py DefaultColumnComparatorTest.test_nonsensical_negations (mul). */
    @Test
    void test_nonsensical_negations_mul() {
        assertCompile(select(not(col("x").times(col("q")))), "SELECT NOT (x * q) AS anon_1");
    }
}
