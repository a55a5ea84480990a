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
 * SQLAlchemy rel_2_0 {@code test/sql/test_select.py}, {@code SelectTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_select.py")
@SuppressWarnings({"unused", "unchecked"})
class TestSelectSelectConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.TABLE1;
    private final io.alchemy.sql.TableClause table2 = Fixtures.TABLE2;
    private final ParentChildTables tables = new ParentChildTables();
    private final io.alchemy.schema.Table parent = tables.parent;
    private final io.alchemy.schema.Table child = tables.child;
    private final io.alchemy.schema.Table grandchild = tables.grandchild;    /** test/sql/test_select.py SelectTest.test_new_calling_style. */
    @Test
    void test_new_calling_style() {
        var stmt = select(table1.c("myid")).where(table1.c("myid").eq(table2.c("otherid")));
        assertCompile(stmt, "SELECT mytable.myid FROM mytable, myothertable WHERE mytable.myid = myothertable.otherid");
    }

    /** test/sql/test_select.py SelectTest.test_join_nofrom_implicit_left_side_explicit_onclause. */
    @Test
    void test_join_nofrom_implicit_left_side_explicit_onclause() {
        var stmt = select(table1).join(table2, table1.c("myid").eq(table2.c("otherid")));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable JOIN myothertable ON mytable.myid = myothertable.otherid");
    }

    /** test/sql/test_select.py SelectTest.test_join_nofrom_implicit_left_side_explicit_onclause_3level. */
    @Test
    void test_join_nofrom_implicit_left_side_explicit_onclause_3level() {
        var stmt = select(parent).join(child, child.c("parent_id").eq(parent.c("id"))).join(grandchild, grandchild.c("child_id").eq(child.c("id")));
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent JOIN child ON child.parent_id = parent.id JOIN grandchild ON grandchild.child_id = child.id");
    }

    /** test/sql/test_select.py SelectTest.test_join_nofrom_explicit_left_side_explicit_onclause. */
    @Test
    void test_join_nofrom_explicit_left_side_explicit_onclause() {
        var stmt = select(table1).joinFrom(table1, table2, table1.c("myid").eq(table2.c("otherid")));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable JOIN myothertable ON mytable.myid = myothertable.otherid");
    }

    /** test/sql/test_select.py SelectTest.test_outerjoin_nofrom_explicit_left_side_explicit_onclause. */
    @Test
    void test_outerjoin_nofrom_explicit_left_side_explicit_onclause() {
        var stmt = select(table1).outerjoinFrom(table1, table2, table1.c("myid").eq(table2.c("otherid")));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable LEFT OUTER JOIN myothertable ON mytable.myid = myothertable.otherid");
    }

    /** test/sql/test_select.py SelectTest.test_join_nofrom_implicit_left_side_implicit_onclause. */
    @Test
    void test_join_nofrom_implicit_left_side_implicit_onclause() {
        var stmt = select(parent).join(child);
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent JOIN child ON parent.id = child.parent_id");
    }

    /** test/sql/test_select.py SelectTest.test_join_nofrom_implicit_left_side_implicit_onclause_3level. */
    @Test
    void test_join_nofrom_implicit_left_side_implicit_onclause_3level() {
        var stmt = select(parent).join(child).join(grandchild);
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent JOIN child ON parent.id = child.parent_id JOIN grandchild ON child.id = grandchild.child_id");
    }

    /** test/sql/test_select.py SelectTest.test_join_nofrom_explicit_left_side_implicit_onclause. */
    @Test
    void test_join_nofrom_explicit_left_side_implicit_onclause() {
        var stmt = select(parent).joinFrom(parent, child);
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent JOIN child ON parent.id = child.parent_id");
    }

    /** test/sql/test_select.py SelectTest.test_join_froms_implicit_left_side_explicit_onclause. */
    @Test
    void test_join_froms_implicit_left_side_explicit_onclause() {
        var stmt = select(table1).selectFrom(table1).join(table2, table1.c("myid").eq(table2.c("otherid")));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable JOIN myothertable ON mytable.myid = myothertable.otherid");
    }

    /** test/sql/test_select.py SelectTest.test_join_froms_explicit_left_side_explicit_onclause. */
    @Test
    void test_join_froms_explicit_left_side_explicit_onclause() {
        var stmt = select(table1).selectFrom(table1).joinFrom(table1, table2, table1.c("myid").eq(table2.c("otherid")));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM mytable JOIN myothertable ON mytable.myid = myothertable.otherid");
    }

    /** test/sql/test_select.py SelectTest.test_join_froms_explicit_left_side_implicit_onclause. */
    @Test
    void test_join_froms_explicit_left_side_implicit_onclause() {
        var stmt = select(parent).selectFrom(parent).joinFrom(parent, child);
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent JOIN child ON parent.id = child.parent_id");
    }

    /** test/sql/test_select.py SelectTest.test_joins_w_filter_by. */
    @Test
    void test_joins_w_filter_by() {
        var stmt = select(parent).filterBy(params("data", "p1")).join(child).filterBy(params("data", "c1")).joinFrom(table1, table2, table1.c("myid").eq(table2.c("otherid"))).filterBy(params("otherid", 5));
        assertCompileParams(stmt, "SELECT parent.id, parent.data FROM parent JOIN child ON parent.id = child.parent_id, mytable JOIN myothertable ON mytable.myid = myothertable.otherid WHERE parent.data = :data_1 AND child.data = :data_2 AND myothertable.otherid = :otherid_1", params("data_1", "p1", "data_2", "c1", "otherid_1", 5));
    }

    /** test/sql/test_select.py SelectTest.test_filter_by_from_col. */
    @Test
    void test_filter_by_from_col() {
        var stmt = select(table1.c("myid")).filterBy(params("name", "foo"));
        assertCompile(stmt, "SELECT mytable.myid FROM mytable WHERE mytable.name = :name_1");
    }

    /** test/sql/test_select.py SelectTest.test_filter_by_from_func. */
    @Test
    void test_filter_by_from_func() {
        var stmt = select(func.call("count", table1.c("myid"))).filterBy(params("name", "foo"));
        assertCompile(stmt, "SELECT count(mytable.myid) AS count_1 FROM mytable WHERE mytable.name = :name_1");
    }

    /** test/sql/test_select.py SelectTest.test_filter_by_from_func_not_the_first_arg. */
    @Test
    void test_filter_by_from_func_not_the_first_arg() {
        var stmt = select(func.call("bar", true, table1.c("myid"))).filterBy(params("name", "foo"));
        assertCompile(stmt, "SELECT bar(:bar_2, mytable.myid) AS bar_1 FROM mytable WHERE mytable.name = :name_1");
    }

    /** test/sql/test_select.py SelectTest.test_filter_by_from_cast. */
    @Test
    void test_filter_by_from_cast() {
        var stmt = select(cast(table1.c("myid"), Types.INTEGER)).filterBy(params("name", "foo"));
        assertCompile(stmt, "SELECT CAST(mytable.myid AS INTEGER) AS myid FROM mytable WHERE mytable.name = :name_1");
    }

    /** test/sql/test_select.py SelectTest.test_filter_by_from_binary. */
    @Test
    void test_filter_by_from_binary() {
        var stmt = select(table1.c("myid").eq(5)).filterBy(params("name", "foo"));
        assertCompile(stmt, "SELECT mytable.myid = :myid_1 AS anon_1 FROM mytable WHERE mytable.name = :name_1");
    }

    /** test/sql/test_select.py SelectTest.test_filter_by_from_label. */
    @Test
    void test_filter_by_from_label() {
        var stmt = select(table1.c("myid").label("some_id")).filterBy(params("name", "foo"));
        assertCompile(stmt, "SELECT mytable.myid AS some_id FROM mytable WHERE mytable.name = :name_1");
    }

    /** test/sql/test_select.py SelectTest.test_select_tuple_subquery. */
    @Test
    void test_select_tuple_subquery() {
        var subq = select(table1.c("name"), tuple(table1.c("myid"), table1.c("name"))).subquery();
        var stmt = select(subq.c("name"));
        assertCompile(stmt, "SELECT anon_1.name FROM (SELECT mytable.name AS name, (mytable.myid, mytable.name) AS anon_2 FROM mytable) AS anon_1");
    }


    /** test/sql/test_select.py SelectTest.test_select_no_columns (select_from / where, SQLAlchemy issue #9440). */
    @Test
    void test_select_no_columns_select_from() {
        var tbl = Fixtures.table("tbl", col("id"));
        assertCompile(select().selectFrom(tbl).where(tbl.c("id").eq(123)), "SELECT FROM tbl WHERE tbl.id = :id_1");
    }

    /** test/sql/test_select.py SelectTest.test_select_no_columns (exists()). */
    @Test
    void test_select_no_columns_exists() {
        var tbl = Fixtures.table("tbl", col("id"));
        assertCompile(select().selectFrom(tbl).where(tbl.c("id").eq(123)).exists(),
                "EXISTS (SELECT FROM tbl WHERE tbl.id = :id_1)");
    }
}
