package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SQLAlchemy rel_2_0 {@code test/sql/test_case_statement.py} {@code CaseTest}: expected strings verbatim. */
@PortedFrom("test/sql/test_case_statement.py")
class TestCaseStatementConformanceTest {
    private final TableClause t = Fixtures.table("test", new ColumnClause<>("col1", null));

    /** CaseTest.test_literal_interpretation_one: {@code case(("x", "y"))}. */
    @Test
    void test_literal_interpretation_one() {
        assertCompile(caseWhen(literal("x"), "y"), "CASE WHEN :param_1 THEN :param_2 END",
                Map.of("param_1", "x", "param_2", "y"));
    }

    /** CaseTest.test_literal_interpretation_two_point_five: {@code case((12, "z"))}. */
    @Test
    void test_literal_interpretation_two_point_five() {
        assertCompile(caseWhen(literal(12), "z"), "CASE WHEN :param_1 THEN :param_2 END",
                Map.of("param_1", 12, "param_2", "z"));
    }

    /** CaseTest.test_literal_interpretation_three: {@code case(("x", "y"), value=t.c.col1)}. */
    @Test
    void test_literal_interpretation_three() {
        assertCompile(caseOf(t.c("col1")).when("x", "y"), "CASE test.col1 WHEN :param_1 THEN :param_2 END");
    }

    /** CaseTest.test_literal_interpretation_three: {@code case((t.c.col1 == 7, "y"), else_="z")}. */
    @Test
    void test_literal_interpretation_three_2() {
        assertCompile(caseWhen(t.c("col1").eq(7), "y").otherwise("z"),
                "CASE WHEN (test.col1 = :col1_1) THEN :param_1 ELSE :param_2 END");
    }

    /** CaseTest.test_when_dicts: one value WHEN. */
    @Test
    void test_when_dicts() {
        assertCompile(caseOf(t.c("col1")).when("x", "y"), "CASE test.col1 WHEN :param_1 THEN :param_2 END");
    }

    /** CaseTest.test_when_dicts: two value WHENs. */
    @Test
    void test_when_dicts_2() {
        assertCompile(caseOf(t.c("col1")).when("x", "y").when("p", "q"),
                "CASE test.col1 WHEN :param_1 THEN :param_2 WHEN :param_3 THEN :param_4 END");
    }

    /** CaseTest.test_when_dicts: one condition with ELSE. */
    @Test
    void test_when_dicts_3() {
        assertCompile(caseWhen(t.c("col1").eq(7), "x").otherwise(10),
                "CASE WHEN (test.col1 = :col1_1) THEN :param_1 ELSE :param_2 END");
    }

    /** CaseTest.test_when_dicts: two conditions with ELSE. */
    @Test
    void test_when_dicts_4() {
        assertCompile(caseWhen(t.c("col1").eq(7), "x").when(t.c("col1").eq(10), "y").otherwise(10),
                "CASE WHEN (test.col1 = :col1_1) THEN :param_1 WHEN (test.col1 = :col1_2) THEN :param_2 "
                        + "ELSE :param_3 END");
    }
}
