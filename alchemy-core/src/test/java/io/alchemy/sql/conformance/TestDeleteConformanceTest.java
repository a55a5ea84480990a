package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.schema.Table;
import io.alchemy.sql.CompileOptions;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_delete.py} ({@code DeleteTest}, {@code DeleteFromCompileTest}): expected
 * strings verbatim.
 */
@PortedFrom("test/sql/test_delete.py")
class TestDeleteConformanceTest {
    private final DmlTables t = new DmlTables();
    private final Table table1 = t.mytable;
    private final Table table2 = t.myothertable;

    /** DeleteTest.test_delete_literal_binds. */
    @Test
    void test_delete_literal_binds() {
        assertCompile(delete(table1).where(table1.c("name").eq("jill")),
                "DELETE FROM mytable WHERE mytable.name = 'jill'", TestDialects.DEFAULT,
                CompileOptions.literalBinds());
    }

    /** DeleteTest.test_delete, first case. */
    @Test
    void test_delete() {
        assertCompile(delete(table1).where(table1.c("myid").eq(7)),
                "DELETE FROM mytable WHERE mytable.myid = :myid_1");
    }

    /** DeleteTest.test_delete, two where() calls. */
    @Test
    void test_delete_2() {
        assertCompile(delete(table1).where(table1.c("myid").eq(7)).where(table1.c("name").eq("somename")),
                "DELETE FROM mytable WHERE mytable.myid = :myid_1 AND mytable.name = :name_1");
    }

    /** DeleteTest.test_non_correlated_select. */
    @Test
    void test_non_correlated_select() {
        var s = select(table2.c("othername")).where(table2.c("otherid").eq(7));
        assertCompile(delete(table1).where(table1.c("name").eq(s.scalarSubquery())),
                "DELETE FROM mytable WHERE mytable.name = (SELECT myothertable.othername FROM myothertable "
                        + "WHERE myothertable.otherid = :otherid_1)");
    }

    /** DeleteTest.test_correlated_select. */
    @Test
    void test_correlated_select() {
        var s = select(table2.c("othername")).where(table2.c("otherid").eq(table1.c("myid")));
        assertCompile(delete(table1).where(table1.c("name").eq(s.scalarSubquery())),
                "DELETE FROM mytable WHERE mytable.name = (SELECT myothertable.othername FROM myothertable "
                        + "WHERE myothertable.otherid = mytable.myid)");
    }

    /** DeleteTest.test_delete on MySQL: the single-table DELETE with the dialect's placeholder. */
    @Test
    void test_delete_mysql() {
        SqlAlchemyParamstyle.FORMAT.assertCompile(delete(table1).where(table1.c("myid").eq(7)),
                "DELETE FROM mytable WHERE mytable.myid = %s", TestDialects.MYSQL);
    }

    /** DeleteFromCompileTest.test_delete_extra_froms ({@code default_enhanced}: the string compiler's syntax). */
    @Test
    void test_delete_extra_froms() {
        assertCompile(delete(table1).where(table1.c("myid").eq(table2.c("otherid"))),
                "DELETE FROM mytable , myothertable WHERE mytable.myid = myothertable.otherid");
    }

    /** DeleteTest.test_where_empty: an empty AND.  SQLAlchemy: {@code DELETE FROM mytable}. */
    @Test
    void test_where_empty() {
        assertCompile(delete(table1).where(and()), "DELETE FROM mytable");
    }

    /** DeleteTest.test_where_empty: an empty OR.  SQLAlchemy: {@code DELETE FROM mytable}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#empty-and-or",
            value = "an empty and() is WHERE true, an empty or() WHERE false; SQLAlchemy's deprecated form renders no WHERE")
    void test_where_empty_2() {
        assertCompile(delete(table1).where(or()), "DELETE FROM mytable WHERE false");
    }
}
