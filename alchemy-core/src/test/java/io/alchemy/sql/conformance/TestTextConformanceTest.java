package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.Select;
import io.alchemy.sql.TableClause;
import io.alchemy.types.Types;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_text.py}, {@code OrderByLabelResolutionTest}: names given as strings to
 * ORDER BY / GROUP BY resolve against the SELECT's labels, then the columns of its FROM elements. Expected strings
 * are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_text.py")
class TestTextConformanceTest {
    private final TableClause table1 = TABLE1;

    /** test_text.py OrderByLabelResolutionTest.test_order_by_label. */
    @Test
    void test_order_by_label() {
        Select<?> stmt = select(table1.c("myid").label("foo")).orderBy("foo");
        assertCompile(stmt, "SELECT mytable.myid AS foo FROM mytable ORDER BY foo");
    }

    /** test_text.py OrderByLabelResolutionTest.test_order_by_colname: a column of the FROM, not selected. */
    @Test
    void test_order_by_colname() {
        Select<?> stmt = select(table1.c("myid")).orderBy("name");
        assertCompile(stmt, "SELECT mytable.myid FROM mytable ORDER BY mytable.name");
    }

    /** test_text.py OrderByLabelResolutionTest.test_order_by_alias_colname (without the label style). */
    @Test
    void test_order_by_alias_colname() {
        var t1 = table1.alias();
        Select<?> stmt = select(t1.c("myid")).orderBy("name");
        assertCompile(stmt, "SELECT mytable_1.myid FROM mytable AS mytable_1 ORDER BY mytable_1.name");
    }

    /** test_text.py OrderByLabelResolutionTest.test_order_by_expr, {@code (column("q") + 5).label("a")} cases. */
    @Test
    void test_order_by_expr() {
        var q = col("q", Types.INTEGER);
        var a = q.plus(5).label("a");
        assertCompile(select(a).orderBy(a), "SELECT q + :q_1 AS a ORDER BY a");
        assertCompile(select(a).orderBy(a.desc()), "SELECT q + :q_1 AS a ORDER BY a DESC");
    }

    /** test_text.py OrderByLabelResolutionTest.test_order_by_outermost_label. */
    @Test
    void test_order_by_outermost_label() {
        var s1 = select(table1.c("myid").label("foo"), table1.c("name")).subquery();
        Select<?> stmt = select(s1.c("name"), func.call("bar").label("foo")).orderBy("foo");
        assertCompile(stmt, "SELECT anon_1.name, bar() AS foo FROM "
                + "(SELECT mytable.myid AS foo, mytable.name AS name "
                + "FROM mytable) AS anon_1 ORDER BY foo");
    }

    /** test_text.py OrderByLabelResolutionTest.test_unresolvable_warning_order_by (message prefix). */
    @Test
    void test_unresolvable_warning_order_by() {
        Select<?> stmt = select(table1.c("myid")).orderBy("foobar");
        assertThatThrownBy(stmt::toString).isInstanceOf(CompileError.class)
                .hasMessageStartingWith("Can't resolve label reference for ORDER BY / GROUP BY");
    }

    /** test_text.py OrderByLabelResolutionTest.test_group_by_colname. */
    @Test
    void test_group_by_colname() {
        Select<?> stmt = select(table1.c("myid")).groupBy("name");
        assertCompile(stmt, "SELECT mytable.myid FROM mytable GROUP BY mytable.name");
    }

    /** test_text.py OrderByLabelResolutionTest.test_asc. */
    @Test
    void test_asc() {
        Select<?> stmt = select(table1.c("myid")).orderBy(asc("name"), "description");
        assertCompile(stmt, "SELECT mytable.myid FROM mytable "
                + "ORDER BY mytable.name ASC, mytable.description");
    }
}
