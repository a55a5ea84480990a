package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.sql.conformance.TestCompilerConformanceTest.untyped;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.sql.Select;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code CorrelateTest}: auto-correlation happens only when
 * the subquery has more than one FROM element, and only against the immediately enclosing SELECT; explicit
 * correlation reaches every enclosing level. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerCorrelateConformanceTest {
    private final TableClause t1 = untyped("t1", "a");
    private final TableClause t2 = untyped("t2", "a");
    /** CorrelateTest._fixture: {@code select(t1).where(t1.c.a == t2.c.a)}. */
    private final Select<Object> s1 = select(t1).where(t1.c("a").eq(t2.c("a")));

    private static void assertWhereCorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a FROM t2 WHERE t2.a = "
                + "(SELECT t1.a FROM t1 WHERE t1.a = t2.a)");
    }

    private static void assertWhereAllCorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t1.a, t2.a AS a_1 FROM t1, t2 WHERE t2.a = "
                + "(SELECT t1.a WHERE t1.a = t2.a)");
    }

    private static void assertColumnCorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a, (SELECT t1.a FROM t1 WHERE t1.a = t2.a) "
                + "AS anon_1 FROM t2");
    }

    private static void assertHavingCorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a FROM t2 HAVING t2.a = "
                + "(SELECT t1.a FROM t1 WHERE t1.a = t2.a)");
    }

    private static void assertWhereUncorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a FROM t2 WHERE t2.a = "
                + "(SELECT t1.a FROM t1, t2 WHERE t1.a = t2.a)");
    }

    private static void assertColumnUncorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a, (SELECT t1.a FROM t1, t2 "
                + "WHERE t1.a = t2.a) AS anon_1 FROM t2");
    }

    private static void assertHavingUncorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a FROM t2 HAVING t2.a = "
                + "(SELECT t1.a FROM t1, t2 WHERE t1.a = t2.a)");
    }

    private static void assertWhereSingleFullCorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t1.a FROM t1 WHERE t1.a = (SELECT t1.a)");
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_where. */
    @Test
    void test_correlate_semiauto_where() {
        assertWhereCorrelated(select(t2).where(t2.c("a").eq(s1.correlate(t2).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_column. */
    @Test
    void test_correlate_semiauto_column() {
        assertColumnCorrelated(select(t2, s1.correlate(t2).scalarSubquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_column_correlate_from_subq. */
    @Test
    void test_correlate_semiauto_column_correlate_from_subq() {
        assertColumnCorrelated(select(t2, s1.scalarSubquery().correlate(t2)));
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_having. */
    @Test
    void test_correlate_semiauto_having() {
        assertHavingCorrelated(select(t2).having(t2.c("a").eq(s1.correlate(t2).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_having_from_subq. */
    @Test
    void test_correlate_semiauto_having_from_subq() {
        assertHavingCorrelated(select(t2).having(t2.c("a").eq(s1.scalarSubquery().correlate(t2))));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_inclusion_where. */
    @Test
    void test_correlate_except_inclusion_where() {
        assertWhereCorrelated(select(t2).where(t2.c("a").eq(s1.correlateExcept(t1).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_exclusion_where. */
    @Test
    void test_correlate_except_exclusion_where() {
        assertWhereUncorrelated(select(t2).where(t2.c("a").eq(s1.correlateExcept(t2).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_inclusion_column. */
    @Test
    void test_correlate_except_inclusion_column() {
        assertColumnCorrelated(select(t2, s1.correlateExcept(t1).scalarSubquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_exclusion_column. */
    @Test
    void test_correlate_except_exclusion_column() {
        assertColumnUncorrelated(select(t2, s1.correlateExcept(t2).scalarSubquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_empty. */
    @Test
    void test_correlate_except_empty() {
        assertWhereAllCorrelated(select(t1, t2).where(t2.c("a").eq(s1.correlateExcept().scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_having. */
    @Test
    void test_correlate_except_having() {
        assertHavingCorrelated(select(t2).having(t2.c("a").eq(s1.correlateExcept(t1).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_auto_where. */
    @Test
    void test_correlate_auto_where() {
        assertWhereCorrelated(select(t2).where(t2.c("a").eq(s1.scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_auto_column. */
    @Test
    void test_correlate_auto_column() {
        assertColumnCorrelated(select(t2, s1.scalarSubquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_auto_having. */
    @Test
    void test_correlate_auto_having() {
        assertHavingCorrelated(select(t2).having(t2.c("a").eq(s1.scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_disabled_where ({@code correlate(None)}). */
    @Test
    void test_correlate_disabled_where() {
        assertWhereUncorrelated(select(t2).where(t2.c("a").eq(s1.correlate().scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_disabled_column. */
    @Test
    void test_correlate_disabled_column() {
        assertColumnUncorrelated(select(t2, s1.correlate().scalarSubquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_disabled_having. */
    @Test
    void test_correlate_disabled_having() {
        assertHavingUncorrelated(select(t2).having(t2.c("a").eq(s1.correlate().scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_all_where. */
    @Test
    void test_correlate_all_where() {
        assertWhereAllCorrelated(select(t1, t2).where(t2.c("a").eq(s1.correlate(t1, t2).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_all_column. */
    @Test
    void test_correlate_all_column() {
        assertCompile(select(t1, t2, s1.correlate(t1, t2).scalarSubquery()),
                "SELECT t1.a, t2.a AS a_1, "
                        + "(SELECT t1.a WHERE t1.a = t2.a) AS anon_1 FROM t1, t2");
    }

    /** test_compiler.py CorrelateTest.test_correlate_where_all_unintentional. */
    @Test
    void test_correlate_where_all_unintentional() {
        Select<?> stmt = select(t1, t2).where(t2.c("a").eq(s1.scalarSubquery()));
        assertThatThrownBy(stmt::toString).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("returned no FROM clauses due to auto-correlation");
    }

    /** test_compiler.py CorrelateTest.test_correlate_auto_where_singlefrom: one FROM never auto-correlates. */
    @Test
    void test_correlate_auto_where_singlefrom() {
        Select<?> s = select(t1.c("a"));
        Select<?> s2 = select(t1).where(t1.c("a").eq(s.scalarSubquery()));
        assertCompile(s2, "SELECT t1.a FROM t1 WHERE t1.a = (SELECT t1.a FROM t1)");
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_where_singlefrom. */
    @Test
    void test_correlate_semiauto_where_singlefrom() {
        Select<?> s = select(t1.c("a"));
        assertWhereSingleFullCorrelated(select(t1).where(t1.c("a").eq(s.correlate(t1).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_semiauto_where_singlefrom. */
    @Test
    void test_correlate_except_semiauto_where_singlefrom() {
        Select<?> s = select(t1.c("a"));
        assertWhereSingleFullCorrelated(select(t1).where(t1.c("a").eq(s.correlateExcept(t2).scalarSubquery())));
    }

    /** test_compiler.py CorrelateTest.test_correlate_alone_noeffect. */
    @Test
    void test_correlate_alone_noeffect() {
        assertCompile(s1.correlate(t1, t2), "SELECT t1.a FROM t1, t2 WHERE t1.a = t2.a");
    }

    /** test_compiler.py CorrelateTest.test_no_contextless_correlate_except. */
    @Test
    void test_no_contextless_correlate_except() {
        TableClause t1 = untyped("t1", "x");
        TableClause t2 = untyped("t2", "y");
        TableClause t3 = untyped("t3", "z");
        Select<?> s = select(t1).where(t1.c("x").eq(t2.c("y"))).where(t2.c("y").eq(t3.c("z"))).correlateExcept(t1);
        assertCompile(s, "SELECT t1.x FROM t1, t2, t3 WHERE t1.x = t2.y AND t2.y = t3.z");
    }

    /** test_compiler.py CorrelateTest.test_multilevel_implicit_correlation_disabled. */
    @Test
    void test_multilevel_implicit_correlation_disabled() {
        TableClause t1 = untyped("t1", "x");
        TableClause t2 = untyped("t2", "y");
        TableClause t3 = untyped("t3", "z");
        Select<?> s = select(t1.c("x")).where(t1.c("x").eq(t2.c("y")));
        Select<?> s2 = select(t3.c("z")).where(t3.c("z").eq(s.scalarSubquery()));
        Select<?> s3 = select(t1).where(t1.c("x").eq(s2.scalarSubquery()));
        assertCompile(s3, "SELECT t1.x FROM t1 "
                + "WHERE t1.x = (SELECT t3.z "
                + "FROM t3 "
                + "WHERE t3.z = (SELECT t1.x "
                + "FROM t1, t2 "
                + "WHERE t1.x = t2.y))");
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_froms: explicit correlation reaches two levels out. */
    @Test
    void test_correlate_except_froms() {
        TableClause t1 = untyped("t1", "a");
        TableClause t2 = untyped("t2", "a", "b");
        var s = select(t2.c("b")).where(t1.c("a").eq(t2.c("a"))).correlateExcept(t2).subquery("s");
        var s2 = select(func.call("foo", s.c("b"))).scalarSubquery();
        var s3 = select(t1).orderBy(s2);
        assertCompile(s3, "SELECT t1.a FROM t1 ORDER BY "
                + "(SELECT foo(s.b) AS foo_1 FROM "
                + "(SELECT t2.b AS b FROM t2 WHERE t1.a = t2.a) AS s)");
    }

    private static void assertFromUncorrelated(Select<?> stmt) {
        assertCompile(stmt, "SELECT t2.a, anon_1.a AS a_1 FROM t2, "
                + "(SELECT t1.a AS a FROM t1, t2 WHERE t1.a = t2.a) AS anon_1");
    }

    /** test_compiler.py CorrelateTest.test_correlate_semiauto_from. */
    @Test
    void test_correlate_semiauto_from() {
        assertFromUncorrelated(select(t2, s1.correlate(t2).subquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_inclusion_from. */
    @Test
    void test_correlate_except_inclusion_from() {
        assertFromUncorrelated(select(t2, s1.correlateExcept(t1).subquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_except_exclusion_from. */
    @Test
    void test_correlate_except_exclusion_from() {
        assertFromUncorrelated(select(t2, s1.correlateExcept(t2).subquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_auto_from. */
    @Test
    void test_correlate_auto_from() {
        assertFromUncorrelated(select(t2, s1.subquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_disabled_from. */
    @Test
    void test_correlate_disabled_from() {
        assertFromUncorrelated(select(t2, s1.correlate().subquery()));
    }

    /** test_compiler.py CorrelateTest.test_correlate_all_from. */
    @Test
    void test_correlate_all_from() {
        assertCompile(select(t1, t2, s1.correlate(t1, t2).subquery()),
                "SELECT t1.a, t2.a AS a_1, anon_1.a AS a_2 FROM t1, t2, "
                        + "(SELECT t1.a AS a FROM t1, t2 WHERE t1.a = t2.a) AS anon_1");
    }

    /** test_compiler.py CorrelateTest.test_correlate_from_all_ok. */
    @Test
    void test_correlate_from_all_ok() {
        assertCompile(select(t1, t2, s1.subquery()),
                "SELECT t1.a, t2.a AS a_1, anon_1.a AS a_2 FROM t1, t2, "
                        + "(SELECT t1.a AS a FROM t1, t2 WHERE t1.a = t2.a) AS anon_1");
    }

    /** test_compiler.py CorrelateTest.test_dont_overcorrelate. */
    @Test
    void test_dont_overcorrelate() {
        TableClause table1 = Fixtures.TABLE1;
        assertCompile(select(table1).selectFrom(table1).selectFrom(select(table1).subquery()),
                "SELECT mytable.myid, mytable.name, "
                        + "mytable.description FROM mytable, (SELECT "
                        + "mytable.myid AS myid, mytable.name AS "
                        + "name, mytable.description AS description "
                        + "FROM mytable) AS anon_1");
    }

    /** test_compiler.py CorrelateTest.test_from_implicit_correlation_disabled. */
    @Test
    void test_from_implicit_correlation_disabled() {
        TableClause t1 = untyped("t1", "x");
        TableClause t2 = untyped("t2", "y");
        Select<?> s = select(t1.c("x")).where(t1.c("x").eq(t2.c("y")));
        Select<?> s2 = select(t2, s.subquery());
        Select<?> s3 = select(t1, s2.subquery());
        assertCompile(s3, "SELECT t1.x, anon_1.y, anon_1.x AS x_1 FROM t1, "
                + "(SELECT t2.y AS y, anon_2.x AS x FROM t2, "
                + "(SELECT t1.x AS x FROM t1, t2 WHERE t1.x = t2.y) "
                + "AS anon_2) AS anon_1");
    }


    /** test_compiler.py CorrelateTest.test_multilevel_froms_correlation: EXISTS over a correlated FROM subquery. */
    @Test
    void test_multilevel_froms_correlation() {
        TableClause p = untyped("parent", "id");
        TableClause c = untyped("child", "id", "parent_id", "pos");
        var s = select(c).where(c.c("parent_id").eq(p.c("id"))).orderBy(c.c("pos")).limit(1).correlate(p)
                .subquery();
        var e = exists().selectFrom(s).where(s.c("id").eq(1));
        assertCompile(select(p).where(e),
                "SELECT parent.id FROM parent WHERE EXISTS (SELECT * "
                        + "FROM (SELECT child.id AS id, child.parent_id AS parent_id, "
                        + "child.pos AS pos FROM child WHERE child.parent_id = parent.id "
                        + "ORDER BY child.pos LIMIT :param_1) AS anon_1 "
                        + "WHERE anon_1.id = :id_1)");
    }
}
