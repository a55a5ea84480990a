package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.DEFAULT;
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
 * SQLAlchemy rel_2_0 {@code test/sql/test_text.py}, {@code SelectCompositionTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_text.py")
@SuppressWarnings({"unused", "unchecked"})
class TestTextSelectCompositionConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.TABLE1;
    private final io.alchemy.sql.TableClause table2 = Fixtures.TABLE2;
    /** test/sql/test_text.py SelectCompositionTest.test_select_composition_one. */
    @Test
    void test_select_composition_one() {
        assertCompile(select(literalColumn("foobar(a)"), literalColumn("pk_foo_bar(syslaal)")).where(text("a = 12")).selectFrom(text("foobar left outer join lala on foobar.foo = lala.foo")), "SELECT foobar(a), pk_foo_bar(syslaal) FROM foobar left outer join lala on foobar.foo = lala.foo WHERE a = 12");
    }

    /** test/sql/test_text.py SelectCompositionTest.test_select_composition_two. */
    @Test
    void test_select_composition_two() {
        var s = select();
        s = s.addColumns(col("column1"), col("column2"));
        s = s.where(text("column1=12"));
        s = s.where(text("column2=19"));
        s = s.orderBy("column1");
        s = s.selectFrom(text("table1"));
        assertCompile(s, "SELECT column1, column2 FROM table1 WHERE column1=12 AND column2=19 ORDER BY column1");
    }

    /** test/sql/test_text.py SelectCompositionTest.test_select_composition_three. */
    @Test
    void test_select_composition_three() {
        assertCompile(select(select(col("column1"), col("column2")).selectFrom(table1).subquery("somealias")), "SELECT somealias.column1, somealias.column2 FROM (SELECT column1, column2 FROM mytable) AS somealias");
    }

    /** test/sql/test_text.py SelectCompositionTest.test_select_composition_six. */
    @Test
    void test_select_composition_six() {
        assertCompile(select(select(literalColumn("column1 AS foobar"), literalColumn("column2 AS hoho"), table1.c("myid")).selectFrom(table1).subquery()), "SELECT anon_1.column1 AS foobar, anon_1.column2 AS hoho, anon_1.myid FROM (SELECT column1 AS foobar, column2 AS hoho, mytable.myid AS myid FROM mytable) AS anon_1");
    }

    /** test/sql/test_text.py SelectCompositionTest.test_select_composition_seven. */
    @Test
    void test_select_composition_seven() {
        assertCompile(select(literalColumn("col1"), literalColumn("col2")).selectFrom(Fixtures.table("tablename")).subquery("myalias"), "SELECT col1, col2 FROM tablename");
    }

    /** test/sql/test_text.py SelectCompositionTest.test_select_composition_eight. */
    @Test
    void test_select_composition_eight() {
        assertCompile(select(table1.alias("t"), text("foo.f")).where(text("foo.f = t.id")).selectFrom(text("(select f from bar where lala=heyhey) foo")), "SELECT t.myid, t.name, t.description, foo.f FROM (select f from bar where lala=heyhey) foo, mytable AS t WHERE foo.f = t.id");
    }

    /** test/sql/test_text.py SelectCompositionTest.test_select_bundle_columns. */
    @Test
    void test_select_bundle_columns() {
        assertCompile(select(table1, table2.c("otherid"), text("sysdate()"), text("foo, bar, lala")).where(and(text("foo.id = foofoo(lala)"), text("datetime(foo) = Today"), table1.c("myid").eq(table2.c("otherid")))), "SELECT mytable.myid, mytable.name, mytable.description, myothertable.otherid, sysdate(), foo, bar, lala FROM mytable, myothertable WHERE foo.id = foofoo(lala) AND datetime(foo) = Today AND mytable.myid = myothertable.otherid");
    }

}

