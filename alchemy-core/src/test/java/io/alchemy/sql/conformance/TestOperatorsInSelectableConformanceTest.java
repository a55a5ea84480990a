package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;

import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code InSelectableTest}: IN over a SELECT of a subquery or
 * CTE. Expected strings are SQLAlchemy's, verbatim. test_in_select, test_in_subquery_alias_explicit and
 * test_in_cte_explicit are in {@link TestOperatorsConformanceTest}; the implicit cases (a subquery, alias, table or
 * CTE given to IN directly, deprecated in SQLAlchemy with a warning) are refused by Alchemy and not ported.
 */
@PortedFrom("test/sql/test_operators.py")
class TestOperatorsInSelectableConformanceTest {

    /** test/sql/test_operators.py InSelectableTest.test_in_subquery_explicit. */
    @Test
    void test_in_subquery_explicit() {
        var t = Fixtures.table("t", col("x"));
        var stmt = select(t.c("x")).subquery();
        assertCompile(col("q").in(select(stmt)), "q IN (SELECT anon_1.x FROM (SELECT t.x AS x FROM t) AS anon_1)");
    }

    /** test/sql/test_operators.py InSelectableTest.test_in_cte_select. */
    @Test
    void test_in_cte_select() {
        var t = Fixtures.table("t", col("x"));
        var stmt = select(t.c("x")).cte();
        var s2 = select(col("q").in(select(stmt)));
        assertCompile(s2, "WITH anon_2 AS (SELECT t.x AS x FROM t) "
                + "SELECT q IN (SELECT anon_2.x FROM anon_2) AS anon_1");
    }
}
