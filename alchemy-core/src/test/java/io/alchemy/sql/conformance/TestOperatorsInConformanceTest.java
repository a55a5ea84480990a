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
 * SQLAlchemy rel_2_0 {@code test/sql/test_operators.py}, {@code InTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_operators.py")
@SuppressWarnings({"unused", "unchecked"})
class TestOperatorsInConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.table("mytable", col("myid", Types.INTEGER));
    private final io.alchemy.sql.TableClause table2 = Fixtures.TABLE2;    /** test/sql/test_operators.py InTest.test_in_1. */
    @Test
    void test_in_1() {
        assertCompileParams(table1.c("myid").in(java.util.Arrays.asList("a")), "mytable.myid IN (__[POSTCOMPILE_myid_1])", params("myid_1", java.util.Arrays.asList("a")));
    }

    /** test/sql/test_operators.py InTest.test_in_2. */
    @Test
    void test_in_2() {
        assertCompileParams(not(table1.c("myid").in(java.util.Arrays.asList("a"))), "(mytable.myid NOT IN (__[POSTCOMPILE_myid_1]))", params("myid_1", java.util.Arrays.asList("a")));
    }

    /** test/sql/test_operators.py InTest.test_in_3. */
    @Test
    void test_in_3() {
        assertCompileParams(table1.c("myid").in(java.util.Arrays.asList("a", "b")), "mytable.myid IN (__[POSTCOMPILE_myid_1])", params("myid_1", java.util.Arrays.asList("a", "b")));
    }

    /** test/sql/test_operators.py InTest.test_in_5. */
    @Test
    void test_in_5() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(literal("a"))), "mytable.myid IN (:param_1)");
    }

    /** test/sql/test_operators.py InTest.test_in_6. */
    @Test
    void test_in_6() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(literal("a"), "b")), "mytable.myid IN (:param_1, :myid_1)");
    }

    /** test/sql/test_operators.py InTest.test_in_7. */
    @Test
    void test_in_7() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(literal("a"), literal("b"))), "mytable.myid IN (:param_1, :param_2)");
    }

    /** test/sql/test_operators.py InTest.test_in_8. */
    @Test
    void test_in_8() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList("a", literal("b"))), "mytable.myid IN (:myid_1, :param_1)");
    }

    /** test/sql/test_operators.py InTest.test_in_12. */
    @Test
    void test_in_12() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(1, literal(3).plus(4))), "mytable.myid IN (:myid_1, :param_1 + :param_2)");
    }

    /** test/sql/test_operators.py InTest.test_in_13. */
    @Test
    void test_in_13() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(literal("a").lt("b"))), "mytable.myid IN (:param_1 < :param_2)");
    }

    /** test/sql/test_operators.py InTest.test_in_14. */
    @Test
    void test_in_14() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(table1.c("myid"))), "mytable.myid IN (mytable.myid)");
    }

    /** test/sql/test_operators.py InTest.test_in_15. */
    @Test
    void test_in_15() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList("a", table1.c("myid"))), "mytable.myid IN (:myid_1, mytable.myid)");
    }

    /** test/sql/test_operators.py InTest.test_in_16. */
    @Test
    void test_in_16() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(literal("a"), table1.c("myid"))), "mytable.myid IN (:param_1, mytable.myid)");
    }

    /** test/sql/test_operators.py InTest.test_in_17. */
    @Test
    void test_in_17() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList(literal("a"), table1.c("myid").plus("a"))), "mytable.myid IN (:param_1, mytable.myid + :myid_1)");
    }

    /** test/sql/test_operators.py InTest.test_in_19. */
    @Test
    void test_in_19() {
        assertCompileParams(table1.c("myid").in(java.util.Arrays.asList(1, 2, 3)), "mytable.myid IN (__[POSTCOMPILE_myid_1])", params("myid_1", java.util.Arrays.asList(1, 2, 3)));
    }

    /** test/sql/test_operators.py InTest.test_in_20. */
    @Test
    void test_in_20() {
        assertCompile(table1.c("myid").in(select(table2.c("otherid"))), "mytable.myid IN (SELECT myothertable.otherid FROM myothertable)");
    }

    /** test/sql/test_operators.py InTest.test_in_21. */
    @Test
    void test_in_21() {
        assertCompile(not(table1.c("myid").in(select(table2.c("otherid")))), "(mytable.myid NOT IN (SELECT myothertable.otherid FROM myothertable))");
    }

    /** test/sql/test_operators.py InTest.test_in_22. */
    @Test
    void test_in_22() {
        assertCompile(table1.c("myid").in(text("SELECT myothertable.otherid FROM myothertable")), "mytable.myid IN (SELECT myothertable.otherid FROM myothertable)");
    }

    /** test/sql/test_operators.py InTest.test_in_24. */
    @Test
    void test_in_24() {
        assertCompile(select(table1.c("myid").in(select(table2.c("otherid")))), "SELECT mytable.myid IN (SELECT myothertable.otherid FROM myothertable) AS anon_1 FROM mytable");
    }

    /** test/sql/test_operators.py InTest.test_in_25. */
    @Test
    void test_in_25() {
        assertCompile(select(table1.c("myid").in(select(table2.c("otherid")).scalarSubquery())), "SELECT mytable.myid IN (SELECT myothertable.otherid FROM myothertable) AS anon_1 FROM mytable");
    }

    /** test/sql/test_operators.py InTest.test_in_26. */
    @Test
    void test_in_26() {
        assertCompile(table1.c("myid").in(union(select(table1.c("myid")).where(table1.c("myid").eq(5)), select(table1.c("myid")).where(table1.c("myid").eq(12)))), "mytable.myid IN (SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_1 UNION SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_2)");
    }

    /** test/sql/test_operators.py InTest.test_in_27. */
    @Test
    void test_in_27() {
        assertCompileParams(select(table1, table2).where(table2.c("otherid").in(select(table2.c("otherid")).orderBy(table2.c("othername")).limit(10).correlate())).selectFrom(table1.join(table2, table1.c("myid").eq(table2.c("otherid")))).orderBy(table1.c("myid")), "SELECT mytable.myid, myothertable.otherid, myothertable.othername FROM mytable JOIN myothertable ON mytable.myid = myothertable.otherid WHERE myothertable.otherid IN (SELECT myothertable.otherid FROM myothertable ORDER BY myothertable.othername LIMIT :param_1) ORDER BY mytable.myid", params("param_1", 10));
    }

    /** test/sql/test_operators.py InTest.test_in_28. */
    @Test
    void test_in_28() {
        assertCompile(table1.c("myid").in(java.util.Arrays.asList((Object) null)), "mytable.myid IN (__[POSTCOMPILE_myid_1])");
    }

    /** test/sql/test_operators.py InTest.test_in_scalar_grouping. */
    @Test
    void test_in_scalar_grouping() {
        var t = table1;
        var inner_compound_stmt = union(select(t.c("myid")).where(t.c("myid").eq(5)), select(t.c("myid")).where(t.c("myid").eq(6)));
        var simple_stmt = select(t.c("myid")).where(t.c("myid").eq(7));
        var outer_compound_stmt = intersect(simple_stmt, inner_compound_stmt);
        assertCompile(select(t).where(t.c("myid").in(outer_compound_stmt)), "SELECT mytable.myid FROM mytable WHERE mytable.myid IN (SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_1 INTERSECT (SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_2 UNION SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_3))");
        outer_compound_stmt = intersect(inner_compound_stmt, simple_stmt);
        assertCompile(select(t).where(t.c("myid").in(outer_compound_stmt)), "SELECT mytable.myid FROM mytable WHERE mytable.myid IN ((SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_1 UNION SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_2) INTERSECT SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_3)");
    }

    // test_in_9, test_in_10 and test_in_11 are in TestOperatorsConformanceTest.
}
