package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.sql.conformance.Fixtures.TABLE2;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.sql.conformance.TestCompilerConformanceTest.untyped;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.LabelStyle;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}: the cases of {@code SelectTest} and {@code SchemaTest} that
 * use {@code set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL)}, Alchemy's
 * {@code setLabelStyle(LabelStyle.TABLENAME_PLUS_COL)}. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerLabelStyleConformanceTest {
    private static final LabelStyle TABLENAME_PLUS_COL = LabelStyle.TABLENAME_PLUS_COL;
    private final TableClause table1 = TABLE1;
    private final TableClause table2 = TABLE2;

    private static String sqstring() {
        return "SELECT mytable.myid AS mytable_myid, mytable.name AS "
                + "mytable_name, mytable.description AS mytable_description, "
                + "myothertable.otherid AS myothertable_otherid, "
                + "myothertable.othername AS myothertable_othername FROM "
                + "mytable, myothertable WHERE mytable.myid = :myid_1 AND "
                + "myothertable.otherid = mytable.myid";
    }

    /** SelectTest.test_use_labels, first case: a comparison is labelled anonymously. */
    @Test
    void test_use_labels_comparison() {
        assertCompile(select(table1.c("myid").eq(5)).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT mytable.myid = :myid_1 AS anon_1 FROM mytable");
    }

    /** SelectTest.test_use_labels, second case: a function is labelled after its name. */
    @Test
    void test_use_labels_function() {
        assertCompile(select(func.call("foo")).setLabelStyle(TABLENAME_PLUS_COL), "SELECT foo() AS foo_1");
    }

    /** SelectTest.test_use_labels, fourth case: a cast of a value. */
    @Test
    void test_use_labels_cast() {
        assertCompile(select(cast("data", Types.INTEGER)).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT CAST(:param_1 AS INTEGER) AS anon_1");
    }

    /** SelectTest.test_from_subquery, fourth case: a named subquery of a labelled SELECT. */
    @Test
    void test_from_subquery_labelled() {
        var sq = select(table1, table2).where(and(table1.c("myid").eq(7), table2.c("otherid").eq(table1.c("myid"))))
                .setLabelStyle(TABLENAME_PLUS_COL).subquery("sq");
        assertCompile(select(sq), "SELECT sq.mytable_myid, sq.mytable_name, "
                + "sq.mytable_description, sq.myothertable_otherid, "
                + "sq.myothertable_othername FROM (" + sqstring() + ") AS sq");
    }

    /** SelectTest.test_from_subquery, fifth case: a labelled SELECT of that subquery, as a subquery again. */
    @Test
    void test_from_subquery_labelledTwice() {
        var sq = select(table1, table2).where(and(table1.c("myid").eq(7), table2.c("otherid").eq(table1.c("myid"))))
                .setLabelStyle(TABLENAME_PLUS_COL).subquery("sq");
        var sq2 = select(sq).setLabelStyle(TABLENAME_PLUS_COL).subquery("sq2");
        assertCompile(select(sq2), "SELECT sq2.sq_mytable_myid, sq2.sq_mytable_name, "
                + "sq2.sq_mytable_description, sq2.sq_myothertable_otherid, "
                + "sq2.sq_myothertable_othername FROM "
                + "(SELECT sq.mytable_myid AS "
                + "sq_mytable_myid, sq.mytable_name AS sq_mytable_name, "
                + "sq.mytable_description AS sq_mytable_description, "
                + "sq.myothertable_otherid AS sq_myothertable_otherid, "
                + "sq.myothertable_othername AS sq_myothertable_othername "
                + "FROM (" + sqstring() + ") AS sq) AS sq2");
    }

    /** SelectTest.test_overlapping_labels_use_labels: a second column with the same label is numbered. */
    @Test
    void test_overlapping_labels_use_labels() {
        TableClause foo = untyped("foo", "id", "bar_id");
        TableClause fooBar = untyped("foo_bar", "id");
        assertCompile(select(foo, fooBar).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT foo.id AS foo_id, foo.bar_id AS foo_bar_id, "
                        + "foo_bar.id AS foo_bar_id_1 "
                        + "FROM foo, foo_bar");
    }

    /** SelectTest.test_overlapping_labels_plus_dupes_use_labels, first case: repeats get dedupe labels. */
    @Test
    void test_overlapping_labels_plus_dupes_use_labels() {
        TableClause foo = untyped("foo", "id", "bar_id");
        TableClause fooBar = untyped("foo_bar", "id");
        var stmt = select(foo.c("id"), foo.c("bar_id"), fooBar.c("id"), foo.c("bar_id"), foo.c("id"),
                foo.c("bar_id"), fooBar.c("id"), fooBar.c("id")).setLabelStyle(TABLENAME_PLUS_COL);
        assertCompile(stmt, "SELECT foo.id AS foo_id, "
                + "foo.bar_id AS foo_bar_id, "
                + "foo_bar.id AS foo_bar_id_1, "
                + "foo.bar_id AS foo_bar_id__1, "
                + "foo.id AS foo_id__1, "
                + "foo.bar_id AS foo_bar_id__2, "
                + "foo_bar.id AS foo_bar_id__3, "
                + "foo_bar.id AS foo_bar_id__4 "
                + "FROM foo, foo_bar");
    }

    /** SelectTest.test_dupe_columns_use_labels. */
    @Test
    void test_dupe_columns_use_labels() {
        TableClause t = untyped("t", "a", "b");
        assertCompile(select(t.c("a"), t.c("a"), t.c("b"), t.c("a")).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT t.a AS t_a, t.a AS t_a__1, t.b AS t_b, "
                        + "t.a AS t_a__2 FROM t");
    }

    /** SelectTest.test_distinct, third case: DISTINCT of a column keeps its name. */
    @Test
    void test_distinct_labelled() {
        assertCompile(select(distinct(table1.c("myid"))).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT DISTINCT mytable.myid FROM mytable");
    }

    /** SelectTest.test_alias, second part: labelled columns of a named subquery of a labelled SELECT. */
    @Test
    void test_alias_labelledView() {
        var q = select(table1, table2.c("otherid")).where(table1.c("myid").eq(table2.c("otherid")))
                .setLabelStyle(TABLENAME_PLUS_COL);
        var a = q.subquery("t2view");
        assertCompile(select(a).where(a.c("mytable_myid").eq(9)).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT t2view.mytable_myid AS t2view_mytable_myid, "
                        + "t2view.mytable_name "
                        + "AS t2view_mytable_name, "
                        + "t2view.mytable_description AS t2view_mytable_description, "
                        + "t2view.myothertable_otherid AS t2view_myothertable_otherid FROM "
                        + "(SELECT mytable.myid AS mytable_myid, "
                        + "mytable.name AS mytable_name, "
                        + "mytable.description AS mytable_description, "
                        + "myothertable.otherid AS "
                        + "myothertable_otherid FROM mytable, myothertable "
                        + "WHERE mytable.myid = "
                        + "myothertable.otherid) AS t2view "
                        + "WHERE t2view.mytable_myid = :mytable_myid_1");
    }

    /** SelectTest.test_percent_chars: labels of names with percent signs are quoted. */
    @Test
    void test_percent_chars() {
        TableClause t = untyped("table%name", "percent%", "%(oneofthese)s", "spaces % more spaces");
        assertCompile(select(t).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT \"table%name\".\"percent%\" AS \"table%name_percent%\", "
                        + "\"table%name\".\"%(oneofthese)s\" AS "
                        + "\"table%name_%(oneofthese)s\", "
                        + "\"table%name\".\"spaces % more spaces\" AS "
                        + "\"table%name_spaces % "
                        + "more spaces\" FROM \"table%name\"");
    }

    /** SchemaTest.test_select, third case: schema-qualified labels. */
    @Test
    void test_schema_select_labelled() {
        TableClause table4 = new TableClause("remotetable", "remote_owner", List.of(col("rem_id", Types.INTEGER),
                col("datatype_id", Types.INTEGER), col("value", Types.string(20))));
        assertCompile(select(table4).where(and(table4.c("datatype_id").eq(7), table4.c("value").eq("hi")))
                        .setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT remote_owner.remotetable.rem_id AS"
                        + " remote_owner_remotetable_rem_id, "
                        + "remote_owner.remotetable.datatype_id AS"
                        + " remote_owner_remotetable_datatype_id, "
                        + "remote_owner.remotetable.value "
                        + "AS remote_owner_remotetable_value FROM "
                        + "remote_owner.remotetable WHERE "
                        + "remote_owner.remotetable.datatype_id = :datatype_id_1 AND "
                        + "remote_owner.remotetable.value = :value_1");
    }

    /** SchemaTest.test_select, fifth case: a multi-part schema's dots become underscores in labels. */
    @Test
    void test_schema_select_multipartLabelled() {
        TableClause table5 = new TableClause("remotetable", "dbo.remote_owner", List.of(col("rem_id", Types.INTEGER),
                col("datatype_id", Types.INTEGER), col("value", Types.string(20))));
        assertCompile(select(table5).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT \"dbo.remote_owner\".remotetable.rem_id AS"
                        + " dbo_remote_owner_remotetable_rem_id, "
                        + "\"dbo.remote_owner\".remotetable.datatype_id"
                        + " AS dbo_remote_owner_remotetable_datatype_id,"
                        + " \"dbo.remote_owner\".remotetable.value AS "
                        + "dbo_remote_owner_remotetable_value FROM"
                        + " \"dbo.remote_owner\".remotetable");
    }

    /** SchemaTest.test_schema_lowercase_select_labels. */
    @Test
    void test_schema_lowercase_select_labels() {
        TableClause t1 = new TableClause("baz", "here", List.of(col("id", Types.INTEGER), col("name", Types.STRING),
                col("meta", Types.STRING)));
        assertCompile(select(t1).selectFrom(t1).setLabelStyle(TABLENAME_PLUS_COL),
                "SELECT here.baz.id AS here_baz_id, here.baz.name AS "
                        + "here_baz_name, here.baz.meta AS here_baz_meta FROM here.baz");
    }
}
