package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_functions.py} ({@code CompileTest}, {@code TableValuedCompileTest}):
 * expected strings verbatim.
 */
@PortedFrom("test/sql/test_functions.py")
class TestFunctionsCompileConformanceTest {
    private final TableClause table1 = TABLE1;

    /** CompileTest.test_compile: {@code func.current_timestamp()} on every dialect. */
    @Test
    void test_compile_current_timestamp() {
        assertCompile(func.currentTimestamp(), "CURRENT_TIMESTAMP");
        for (var dialect : List.of(TestDialects.SQLITE, TestDialects.POSTGRESQL, TestDialects.MYSQL)) {
            assertCompile(func.currentTimestamp(), "CURRENT_TIMESTAMP", dialect);
        }
    }

    /** CompileTest.test_compile: {@code func.localtime()}. */
    @Test
    void test_compile_localtime() {
        assertCompile(func.call("localtime"), "LOCALTIME");
        for (var dialect : List.of(TestDialects.SQLITE, TestDialects.POSTGRESQL, TestDialects.MYSQL)) {
            assertCompile(func.call("localtime"), "LOCALTIME", dialect);
        }
    }

    /** CompileTest.test_compile: {@code func.nosuchfunction()}. */
    @Test
    void test_compile_nosuchfunction() {
        assertCompile(func.call("nosuchfunction"), "nosuchfunction()");
        for (var dialect : List.of(TestDialects.SQLITE, TestDialects.POSTGRESQL, TestDialects.MYSQL)) {
            assertCompile(func.call("nosuchfunction"), "nosuchfunction()", dialect);
        }
    }

    /** CompileTest.test_compile: a function with an argument, named after the function ({@code fake_func_1}). */
    @Test
    void test_compile_fake_func() {
        assertCompile(func.call("fake_func", "foo"), "fake_func(:fake_func_1)");
        SqlAlchemyParamstyle.QMARK.assertCompile(func.call("fake_func", "foo"), "fake_func(?)", TestDialects.SQLITE);
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(func.call("fake_func", "foo"), "fake_func(%(fake_func_1)s)",
                TestDialects.POSTGRESQL);
        SqlAlchemyParamstyle.FORMAT.assertCompile(func.call("fake_func", "foo"), "fake_func(%s)",
                TestDialects.MYSQL);
    }

    /** CompileTest.test_operators_custom: {@code myfunc() IN (1, 2, 3)}. */
    @Test
    void test_operators_custom_in() {
        assertCompile(select(literalColumn("1")).where(func.call("myfunc", Types.INTEGER).in(1, 2, 3)),
                "SELECT 1 WHERE myfunc() IN (1, 2, 3)", TestDialects.DEFAULT, io.alchemy.sql.CompileOptions.literalBinds());
    }

    /** CompileTest.test_operators_custom: {@code myfunc() + 5}. */
    @Test
    void test_operators_custom_add() {
        assertCompile(select(literalColumn("1")).where(func.call("myfunc", Types.INTEGER).plus(5).eq(literalColumn("q"))),
                "SELECT 1 WHERE myfunc() + 5 = q", TestDialects.DEFAULT, io.alchemy.sql.CompileOptions.literalBinds());
    }

    /** CompileTest.test_operators_custom: {@code myfunc() = q}. */
    @Test
    void test_operators_custom_eq() {
        assertCompile(select(literalColumn("1")).where(func.call("myfunc", Types.INTEGER).eq(column("q"))),
                "SELECT 1 WHERE myfunc() = q", TestDialects.DEFAULT, io.alchemy.sql.CompileOptions.literalBinds());
    }

    /** CompileTest.test_underscores (the Java name is the SQL name). */
    @Test
    void test_underscores() {
        assertCompile(func.call("if"), "if()");
    }

    /** CompileTest.test_underscores_packages. */
    @Test
    void test_underscores_packages() {
        assertCompile(func.call("foo.bar.if"), "foo.bar.if()");
    }

    /** CompileTest.test_uppercase. */
    @Test
    void test_uppercase() {
        assertCompile(func.call("UNREGISTERED_FN"), "UNREGISTERED_FN()");
    }

    /** CompileTest.test_uppercase_packages. */
    @Test
    void test_uppercase_packages() {
        assertCompile(func.call("FOO.BAR.NOW"), "FOO.BAR.NOW()");
    }

    /** CompileTest.test_mixed_case. */
    @Test
    void test_mixed_case() {
        assertCompile(func.call("SomeFunction"), "SomeFunction()");
    }

    /** CompileTest.test_mixed_case_packages. */
    @Test
    void test_mixed_case_packages() {
        assertCompile(func.call("Foo.Bar.SomeFunction"), "Foo.Bar.SomeFunction()");
    }

    /** CompileTest.test_generic_now. */
    @Test
    void test_generic_now() {
        SqlAlchemyParamstyle.QMARK.assertCompile(func.now(), "CURRENT_TIMESTAMP", TestDialects.SQLITE);
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(func.now(), "now()", TestDialects.POSTGRESQL);
        SqlAlchemyParamstyle.FORMAT.assertCompile(func.now(), "now()", TestDialects.MYSQL);
    }

    /** CompileTest.test_cube_operators: CUBE. */
    @Test
    void test_cube_operators_cube() {
        TableClause t = Fixtures.table("t", col("value"), col("x"), col("y"), col("z"), col("q"));
        assertCompile(select(func.sum(t.c("value"))).groupBy(func.call("cube", t.c("x"), t.c("y"))),
                "SELECT sum(t.value) AS sum_1 FROM t GROUP BY CUBE(t.x, t.y)");
    }

    /** CompileTest.test_cube_operators: ROLLUP. */
    @Test
    void test_cube_operators_rollup() {
        TableClause t = Fixtures.table("t", col("value"), col("x"), col("y"), col("z"), col("q"));
        assertCompile(select(func.sum(t.c("value"))).groupBy(func.call("rollup", t.c("x"), t.c("y"))),
                "SELECT sum(t.value) AS sum_1 FROM t GROUP BY ROLLUP(t.x, t.y)");
    }

    /** CompileTest.test_cube_operators: GROUPING SETS. */
    @Test
    void test_cube_operators_grouping_sets() {
        TableClause t = Fixtures.table("t", col("value"), col("x"), col("y"), col("z"), col("q"));
        assertCompile(select(func.sum(t.c("value"))).groupBy(func.call("grouping_sets", t.c("x"), t.c("y"))),
                "SELECT sum(t.value) AS sum_1 FROM t GROUP BY GROUPING SETS(t.x, t.y)");
    }

    /** CompileTest.test_cube_operators: GROUPING SETS of tuples. */
    @Test
    void test_cube_operators_grouping_sets_tuples() {
        TableClause t = Fixtures.table("t", col("value"), col("x"), col("y"), col("z"), col("q"));
        assertCompile(select(func.sum(t.c("value"))).groupBy(func.call("grouping_sets",
                        tuple(t.c("x"), t.c("y")), tuple(t.c("z"), t.c("q")))),
                "SELECT sum(t.value) AS sum_1 FROM t GROUP BY GROUPING SETS((t.x, t.y), (t.z, t.q))");
    }

    /** CompileTest.test_generic_annotation. */
    @Test
    void test_generic_annotation() {
        assertCompile(func.coalesce("x", "y"), "coalesce(:coalesce_1, :coalesce_2)");
    }

    /** CompileTest.test_annotation_dialect_specific. */
    @Test
    void test_annotation_dialect_specific() {
        assertCompile(func.currentDate(), "CURRENT_DATE", TestDialects.SQLITE);
    }

    /** CompileTest.test_custom_default_namespace. */
    @Test
    void test_custom_default_namespace() {
        assertCompile(func.call("myfunc"), "myfunc()");
    }

    /** CompileTest.test_custom_args. */
    @Test
    void test_custom_args() {
        assertCompile(func.call("myfunc", 1, 2, 3), "myfunc(:myfunc_1, :myfunc_2, :myfunc_3)");
    }

    /** CompileTest.test_custom_name: a function given three arguments. */
    @Test
    void test_custom_name() {
        assertCompile(func.call("my_func", 1, 2, 3), "my_func(:my_func_1, :my_func_2, :my_func_3)");
    }

    /** CompileTest.test_namespacing_conflicts. */
    @Test
    void test_namespacing_conflicts() {
        assertCompile(func.call("text", "foo"), "text(:text_1)");
    }

    /** CompileTest.test_generic_count: {@code count()}. */
    @Test
    void test_generic_count() {
        assertCompile(func.count(), "count(*)");
    }

    /** CompileTest.test_generic_count: {@code count(1)}. */
    @Test
    void test_generic_count_2() {
        assertCompile(func.count(1), "count(:count_1)");
    }

    /** CompileTest.test_generic_count: {@code count(abc)}. */
    @Test
    void test_generic_count_3() {
        assertCompile(func.count(column("abc")), "count(abc)");
    }

    /** CompileTest.test_ansi_functions_with_args. */
    @Test
    void test_ansi_functions_with_args() {
        assertCompile(func.call("current_timestamp", "somearg"), "CURRENT_TIMESTAMP(:current_timestamp_1)");
    }

    private static final TableClause A1 = Fixtures.table("mytable", Fixtures.col("myid", Types.INTEGER));
    private static final TableClause A2 = Fixtures.table("myothertable", Fixtures.col("otherid", Types.INTEGER));

    /** CompileTest.test_assorted: an expression with a function. */
    @Test
    void test_assorted() {
        assertCompile(func.call("lala", 3, 4, literal("five"), A1.c("myid")).times(A2.c("otherid")),
                "lala(:lala_1, :lala_2, :param_1, mytable.myid) * myothertable.otherid");
    }

    /** CompileTest.test_assorted: in a SELECT. */
    @Test
    void test_assorted_2() {
        assertCompile(select(func.count(A1.c("myid"))), "SELECT count(mytable.myid) AS count_1 FROM mytable");
    }

    /** CompileTest.test_assorted: a dotted function name. */
    @Test
    void test_assorted_3() {
        assertCompile(select(func.call("foo.bar.lala", A1.c("myid"))),
                "SELECT foo.bar.lala(mytable.myid) AS lala_1 FROM mytable");
    }

    /** CompileTest.test_assorted: the bind name of a dotted function is its last name. */
    @Test
    void test_assorted_4() {
        assertCompile(select(func.call("foo.bar.lala", 12)), "SELECT foo.bar.lala(:lala_2) AS lala_1");
    }

    /** CompileTest.test_assorted: {@code func.lala.hoho(7)}. */
    @Test
    void test_assorted_5() {
        assertCompile(func.call("lala.hoho", 7), "lala.hoho(:hoho_1)");
    }

    /** CompileTest.test_assorted: None becomes NULL. */
    @Test
    void test_assorted_6() {
        assertCompile(func.call("my_func", 1, 2, null, 3), "my_func(:my_func_1, :my_func_2, NULL, :my_func_3)");
    }

    /** CompileTest.test_pickle_over (without pickling). */
    @Test
    void test_pickle_over() {
        assertCompile(func.rowNumber().over(), "row_number() OVER ()");
    }

    /** CompileTest.test_pickle_within_group, second case (without pickling). */
    @Test
    void test_pickle_within_group() {
        assertCompile(func.percentileCont(literal(1)).withinGroup(column("q"), column("p").desc()),
                "percentile_cont(:param_1) WITHIN GROUP (ORDER BY q, p DESC)");
    }

    /** CompileTest.test_non_functions: {@code func.cast("foo", Integer)} is {@code cast()}. */
    @Test
    void test_non_functions() {
        assertCompile(cast("foo", Types.INTEGER), "CAST(:param_1 AS INTEGER)");
    }

    /** CompileTest.test_funcfilter_criterion. */
    @Test
    void test_funcfilter_criterion() {
        assertCompile(func.count(1).filter(table1.c("name").ne(null)),
                "count(:count_1) FILTER (WHERE mytable.name IS NOT NULL)");
    }

    /** CompileTest.test_funcfilter_compound_criterion. */
    @Test
    void test_funcfilter_compound_criterion() {
        assertCompile(func.count(1).filter(table1.c("name").eq(null), table1.c("myid").gt(0)),
                "count(:count_1) FILTER (WHERE mytable.name IS NULL AND mytable.myid > :myid_1)");
    }

    /** CompileTest.test_funcfilter_label. */
    @Test
    void test_funcfilter_label() {
        assertCompile(select(func.count(1).filter(table1.c("description").ne(null)).label("foo")),
                "SELECT count(:count_1) FILTER (WHERE mytable.description IS NOT NULL) AS foo FROM mytable");
    }

    /** CompileTest.test_funcfilter_fromobj_fromfunc. */
    @Test
    void test_funcfilter_fromobj_fromfunc() {
        assertCompile(select(func.max(table1.c("name")).filter(literalColumn("description").ne(null))),
                "SELECT max(mytable.name) FILTER (WHERE description IS NOT NULL) AS anon_1 FROM mytable");
    }

    /** CompileTest.test_funcfilter_fromobj_fromcriterion. */
    @Test
    void test_funcfilter_fromobj_fromcriterion() {
        assertCompile(select(func.count(1).filter(table1.c("name").eq("name"))),
                "SELECT count(:count_1) FILTER (WHERE mytable.name = :name_1) AS anon_1 FROM mytable");
    }

    /** CompileTest.test_funcfilter_windowing_orderby. */
    @Test
    void test_funcfilter_windowing_orderby() {
        assertCompile(select(func.rank().filter(table1.c("name").gt("foo")).over(orderBy(table1.c("name")))),
                "SELECT rank() FILTER (WHERE mytable.name > :name_1) OVER (ORDER BY mytable.name) AS anon_1 "
                        + "FROM mytable");
    }

    /** CompileTest.test_funcfilter_windowing_orderby_partitionby. */
    @Test
    void test_funcfilter_windowing_orderby_partitionby() {
        assertCompile(select(func.rank().filter(table1.c("name").gt("foo"))
                        .over(partitionBy(table1.c("description")).orderBy(table1.c("name")))),
                "SELECT rank() FILTER (WHERE mytable.name > :name_1) OVER (PARTITION BY mytable.description "
                        + "ORDER BY mytable.name) AS anon_1 FROM mytable");
    }

    /** CompileTest.test_funcfilter_windowing_range.  SQLAlchemy: {@code SELECT rank() FILTER (WHERE mytable.name > :name_1) OVER (PARTITION BY mytable.description RANGE BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable}
     */
    @Test
    void test_funcfilter_windowing_range() {
        assertCompile(select(func.rank().filter(table1.c("name").gt("foo"))
                        .over(partitionBy(table1.c("description")).range(1, 5))),
                "SELECT rank() FILTER (WHERE mytable.name > :name_1) OVER (PARTITION BY mytable.description RANGE BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable",
                Map.of("name_1", "foo", "param_1", 1, "param_2", 5));
    }

    /** CompileTest.test_funcfilter_windowing_range_positional.  SQLAlchemy: {@code SELECT rank() FILTER (WHERE mytable.name > ?) OVER (PARTITION BY mytable.description RANGE BETWEEN ? FOLLOWING AND ? FOLLOWING) AS anon_1 FROM mytable}
     */
    @Test
    void test_funcfilter_windowing_range_positional() {
        SqlAlchemyParamstyle.QMARK.assertCompile(select(func.rank().filter(table1.c("name").gt("foo"))
                        .over(partitionBy(table1.c("description")).range(1, 5))),
                "SELECT rank() FILTER (WHERE mytable.name > ?) OVER (PARTITION BY mytable.description RANGE BETWEEN ? FOLLOWING AND ? FOLLOWING) AS anon_1 FROM mytable",
                List.of("foo", 1, 5), TestDialects.SQLITE);
    }

    /** CompileTest.test_funcfilter_windowing_rows.  SQLAlchemy: {@code SELECT rank() FILTER (WHERE mytable.name > :name_1) OVER (PARTITION BY mytable.description ROWS BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable}
     */
    @Test
    void test_funcfilter_windowing_rows() {
        assertCompile(select(func.rank().filter(table1.c("name").gt("foo"))
                        .over(partitionBy(table1.c("description")).rows(1, 5))),
                "SELECT rank() FILTER (WHERE mytable.name > :name_1) OVER (PARTITION BY mytable.description ROWS BETWEEN :param_1 FOLLOWING AND :param_2 FOLLOWING) AS anon_1 FROM mytable");
    }

    /** CompileTest.test_within_group. */
    @Test
    void test_within_group() {
        assertCompile(select(table1.c("myid"), func.percentileCont(0.5).withinGroup(table1.c("name"))),
                "SELECT mytable.myid, percentile_cont(:percentile_cont_1) WITHIN GROUP (ORDER BY mytable.name) "
                        + "AS anon_1 FROM mytable",
                Map.of("percentile_cont_1", 0.5));
    }

    /** CompileTest.test_within_group_multi. */
    @Test
    void test_within_group_multi() {
        assertCompile(select(table1.c("myid"),
                        func.percentileCont(0.5).withinGroup(table1.c("name"), table1.c("description"))),
                "SELECT mytable.myid, percentile_cont(:percentile_cont_1) WITHIN GROUP (ORDER BY mytable.name, "
                        + "mytable.description) AS anon_1 FROM mytable",
                Map.of("percentile_cont_1", 0.5));
    }

    /** CompileTest.test_within_group_desc. */
    @Test
    void test_within_group_desc() {
        assertCompile(select(table1.c("myid"), func.percentileCont(0.5).withinGroup(table1.c("name").desc())),
                "SELECT mytable.myid, percentile_cont(:percentile_cont_1) WITHIN GROUP (ORDER BY mytable.name DESC) "
                        + "AS anon_1 FROM mytable",
                Map.of("percentile_cont_1", 0.5));
    }

    /** CompileTest.test_within_group_w_over. */
    @Test
    void test_within_group_w_over() {
        assertCompile(select(table1.c("myid"), func.percentileCont(0.5).withinGroup(table1.c("name").desc())
                        .over(partitionBy(table1.c("description")))),
                "SELECT mytable.myid, percentile_cont(:percentile_cont_1) WITHIN GROUP (ORDER BY mytable.name DESC) "
                        + "OVER (PARTITION BY mytable.description) AS anon_1 FROM mytable",
                Map.of("percentile_cont_1", 0.5));
    }

    /** TableValuedCompileTest.test_table_valued_one. */
    @Test
    void test_table_valued_one() {
        TableClause at = Fixtures.table("assets_transactions", col("id"), col("contents"));
        var jb = func.call("jsonb_each", at.c("contents")).tableValued("key", "value");
        assertCompile(select(at.c("id"), jb.c("key"), jb.c("value")).join(jb, true_()),
                "SELECT assets_transactions.id, anon_1.key, anon_1.value FROM assets_transactions "
                        + "JOIN jsonb_each(assets_transactions.contents) AS anon_1 ON true");
    }

    /** TableValuedCompileTest.test_table_valued_two. */
    @Test
    void test_table_valued_two() {
        TableClause values = Fixtures.table("values", Fixtures.col("id", Types.INTEGER),
                Fixtures.col("value", Types.STRING));
        var vi = func.call("value_ids").tableValued("id").alias("vi");
        var vv = values.alias("vv");
        assertCompile(select(vi.c("id"), vv.c("value")).selectFrom(vi.join(vv, vv.c("id").eq(vi.c("id")))),
                "SELECT vi.id, vv.value FROM value_ids() AS vi JOIN values AS vv ON vv.id = vi.id");
    }

    /** TableValuedCompileTest.test_scalar_subquery. */
    @Test
    void test_scalar_subquery() {
        TableClause a = Fixtures.table("a", col("id"), col("x"), col("y"));
        assertCompile(select(func.call("row_to_json", select(a).scalarSubquery())),
                "SELECT row_to_json((SELECT a.id, a.x, a.y FROM a)) AS row_to_json_1");
    }

    /** TableValuedCompileTest.test_column_valued_two. */
    @Test
    void test_column_valued_two() {
        var x = func.call("generate_series", 1, 2).columnValued("x");
        var y = func.call("generate_series", 3, 4).columnValued("y");
        assertCompile(select(x, y),
                "SELECT x, y FROM generate_series(:generate_series_1, :generate_series_2) AS x, "
                        + "generate_series(:generate_series_3, :generate_series_4) AS y");
    }

    /** TableValuedCompileTest.test_column_valued_subquery. */
    @Test
    void test_column_valued_subquery() {
        var x = func.call("generate_series", 1, 2).columnValued("x");
        var y = func.call("generate_series", 3, 4).columnValued("y");
        var subq = select(x, y).subquery();
        assertCompile(select(subq).where(subq.c("x").gt(2)),
                "SELECT anon_1.x, anon_1.y FROM (SELECT x, y FROM generate_series(:generate_series_1, "
                        + ":generate_series_2) AS x, generate_series(:generate_series_3, :generate_series_4) AS y) "
                        + "AS anon_1 WHERE anon_1.x > :x_1");
    }

    private static ColumnClause<Object> col(String name) {
        return new ColumnClause<>(name, null);
    }

    /** CompileTest.test_use_labels. */
    @Test
    void test_use_labels() {
        assertCompile(select(func.call("foo")), "SELECT foo() AS foo_1");
    }

    /** CompileTest.test_select_method_one: a function selected on its own. */
    @Test
    void test_select_method_one() {
        assertCompile(select(func.call("rows", "foo")), "SELECT rows(:rows_2) AS rows_1");
    }

    /** CompileTest.test_generic_random on SQLite. */
    @Test
    void test_generic_random_sqlite() {
        SqlAlchemyParamstyle.QMARK.assertCompile(func.call("random"), "random()", TestDialects.SQLITE);
    }

    /** CompileTest.test_generic_random on PostgreSQL. */
    @Test
    void test_generic_random_postgresql() {
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(func.call("random"), "random()", TestDialects.POSTGRESQL);
    }

    /** CompileTest.test_generic_random on MySQL. */
    @Test
    void test_generic_random_mysql() {
        SqlAlchemyParamstyle.FORMAT.assertCompile(func.call("random"), "rand()", TestDialects.MYSQL);
    }

    /** CompileTest.test_funcfilter_empty: a FILTER without criteria is the function alone. */
    @Test
    void test_funcfilter_empty() {
        assertCompile(func.count(1).filter(), "count(:count_1)");
    }
}
