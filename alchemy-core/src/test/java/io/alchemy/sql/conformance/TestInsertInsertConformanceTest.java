package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_insert.py} ({@code InsertTest}, {@code InsertImplicitReturningTest},
 * {@code EmptyTest}, {@code MultirowTest}): expected strings verbatim; PostgreSQL expectations in psycopg2's
 * {@code pyformat} (see {@link SqlAlchemyParamstyle}).
 */
@PortedFrom("test/sql/test_insert.py")
class TestInsertInsertConformanceTest {
    private final DmlTables t = new DmlTables();
    private final Table table1 = t.mytable;
    private final Table table2 = t.myothertable;

    private static TableClause foo() {
        return Fixtures.table("foo", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** InsertTest.test_binds_that_match_columns: {@code values(x=bindparam("y"))}. */
    @Test
    void test_binds_that_match_columns() {
        TableClause foo = foo();
        assertCompile(insert(foo).values(Map.of("x", bindparam("y"))), "INSERT INTO foo (x) VALUES (:y)");
    }

    /** InsertTest.test_insert_literal_binds. */
    @Test
    void test_insert_literal_binds() {
        assertCompile(insert(table1).values(ordered("myid", 3, "name", "jack")),
                "INSERT INTO mytable (myid, name) VALUES (3, 'jack')", TestDialects.DEFAULT,
                CompileOptions.literalBinds());
    }

    /** InsertTest.test_generic_insert_bind_params_all_columns. */
    @Test
    void test_generic_insert_bind_params_all_columns() {
        assertCompile(insert(table1),
                "INSERT INTO mytable (myid, name, description) VALUES (:myid, :name, :description)");
    }

    /** InsertTest.test_insert_with_values_dict. */
    @Test
    void test_insert_with_values_dict() {
        assertCompile(insert(table1).values(ordered("myid", 3, "name", "jack")),
                "INSERT INTO mytable (myid, name) VALUES (:myid, :name)", Map.of("myid", 3, "name", "jack"));
    }

    /** InsertTest.test_unconsumed_names_kwargs: an unknown key is refused (when values() is called). */
    @Test
    void test_unconsumed_names_kwargs() {
        TableClause tt = Fixtures.table("t", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
        assertThatThrownBy(() -> insert(tt).values(ordered("x", 5, "z", 5))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unconsumed column names: z");
    }

    /** InsertTest.test_unconsumed_names_values_dict. */
    @Test
    void test_unconsumed_names_values_dict() {
        assertThatThrownBy(() -> insert(table1).values(ordered("myid", 3, "name", "jack", "unknowncol", "oops")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("Unconsumed column names: unknowncol");
    }

    /** InsertTest.test_unconsumed_names_multi_values_dict. */
    @Test
    void test_unconsumed_names_multi_values_dict() {
        assertThatThrownBy(() -> insert(table1).values(List.of(
                ordered("myid", 3, "name", "jack", "unknowncol", "oops"),
                ordered("myid", 4, "name", "someone", "unknowncol", "oops"))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("Unconsumed column names: unknowncol");
    }

    /** InsertTest.test_insert_with_values_func. */
    @Test
    void test_insert_with_values_func() {
        assertCompile(insert(table1).values(Map.of("myid", func.call("lala"))),
                "INSERT INTO mytable (myid) VALUES (lala())");
    }

    /** InsertTest.test_insert_with_user_supplied_bind_params. */
    @Test
    void test_insert_with_user_supplied_bind_params() {
        assertCompile(insert(table1).values(ordered("myid", bindparam("userid"), "name", bindparam("username"))),
                "INSERT INTO mytable (myid, name) VALUES (:userid, :username)");
    }

    /** InsertTest.test_insert_values_multiple. */
    @Test
    void test_insert_values_multiple() {
        assertCompile(insert(table1).values(table1.c("myid"), bindparam("userid"))
                        .values(table1.c("name"), bindparam("username")),
                "INSERT INTO mytable (myid, name) VALUES (:userid, :username)");
    }

    /** InsertTest.test_insert_returning_not_in_default. */
    @Test
    void test_insert_returning_not_in_default() {
        assertCompile(insert(table1).returning(table1.c("myid")),
                "INSERT INTO mytable (myid, name, description) VALUES (:myid, :name, :description) "
                        + "RETURNING mytable.myid");
    }

    /** InsertTest.test_insert_from_select_returning (PostgreSQL). */
    @Test
    void test_insert_from_select_returning() {
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq("foo"));
        var ins = insert(table2).fromSelect(List.of("otherid", "othername"), sel).returning(table2.c("otherid"));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(ins,
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = %(name_1)s RETURNING myothertable.otherid",
                Map.of("name_1", "foo"), TestDialects.POSTGRESQL);
    }

    /** InsertTest.test_insert_from_select_select. */
    @Test
    void test_insert_from_select_select() {
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq("foo"));
        assertCompile(insert(table2).fromSelect(List.of("otherid", "othername"), sel),
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = :name_1",
                Map.of("name_1", "foo"));
    }

    /** InsertTest.test_insert_from_select_cte_one. */
    @Test
    void test_insert_from_select_cte_one() {
        var cte = select(table1.c("name")).where(table1.c("name").eq("bar")).cte();
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq(cte.c("name")));
        assertCompile(insert(table2).fromSelect(List.of("otherid", "othername"), sel),
                "WITH anon_1 AS (SELECT mytable.name AS name FROM mytable WHERE mytable.name = :name_1) "
                        + "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name "
                        + "FROM mytable, anon_1 WHERE mytable.name = anon_1.name",
                Map.of("name_1", "bar"));
    }

    /** InsertTest.test_insert_from_select_cte_two. */
    @Test
    void test_insert_from_select_cte_two() {
        var cte = select(table1).cte("c");
        var stmt = select(cte);
        assertCompile(insert(table1).fromSelect(List.of("myid", "name", "description"), stmt),
                "WITH c AS (SELECT mytable.myid AS myid, mytable.name AS name, mytable.description AS description "
                        + "FROM mytable) INSERT INTO mytable (myid, name, description) "
                        + "SELECT c.myid, c.name, c.description FROM c");
    }

    /** InsertTest.test_insert_from_select_select_alt_ordering. */
    @Test
    void test_insert_from_select_select_alt_ordering() {
        var sel = select(table1.c("name"), table1.c("myid")).where(table1.c("name").eq("foo"));
        assertCompile(insert(table2).fromSelect(List.of("othername", "otherid"), sel),
                "INSERT INTO myothertable (othername, otherid) SELECT mytable.name, mytable.myid FROM mytable "
                        + "WHERE mytable.name = :name_1",
                Map.of("name_1", "foo"));
    }

    /** InsertTest.test_insert_from_select_override_defaults (a Java-side default). */
    @Test
    void test_insert_from_select_override_defaults() {
        var m = new io.alchemy.schema.MetaData();
        Table table = m.table("sometable", column("id", io.alchemy.types.Types.INTEGER).primaryKey(),
                column("foo", io.alchemy.types.Types.INTEGER).defaultValue(12));
        var sel = select(table1.c("myid"), table1.c("myid").label("q")).where(table1.c("name").eq("foo"));
        assertCompile(insert(table).fromSelect(List.of("id", "foo"), sel),
                "INSERT INTO sometable (id, foo) SELECT mytable.myid, mytable.myid AS q FROM mytable "
                        + "WHERE mytable.name = :name_1",
                Map.of("name_1", "foo"));
    }

    /** InsertTest.test_insert_mix_select_values_exception. */
    @Test
    void test_insert_mix_select_values_exception() {
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq("foo"));
        var ins = insert(table2).fromSelect(List.of("otherid", "othername"), sel);
        assertThatThrownBy(() -> ins.values(Map.of("othername", "5"))).isInstanceOf(ArgumentError.class);
    }

    /** InsertTest.test_insert_mix_values_select_exception. */
    @Test
    void test_insert_mix_values_select_exception() {
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq("foo"));
        var ins = insert(table2).values(Map.of("othername", "5"));
        assertThatThrownBy(() -> ins.fromSelect(List.of("otherid", "othername"), sel))
                .isInstanceOf(ArgumentError.class);
    }

    /** InsertTest.test_insert_from_select_col_values (column keys in another order than the table's). */
    @Test
    void test_insert_from_select_col_values() {
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq("foo"));
        assertCompile(insert(table2).fromSelect(List.of("otherid", "othername"), sel),
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = :name_1",
                Map.of("name_1", "foo"));
    }

    /** InsertImplicitReturningTest.test_insert_select (PostgreSQL). */
    @Test
    void test_insert_select() {
        var sel = select(table1.c("myid"), table1.c("name")).where(table1.c("name").eq("foo"));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(insert(table2).fromSelect(List.of("otherid", "othername"), sel),
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = %(name_1)s",
                Map.of("name_1", "foo"), TestDialects.POSTGRESQL);
    }

    /** InsertImplicitReturningTest.test_insert_multiple_values (PostgreSQL). */
    @Test
    void test_insert_multiple_values() {
        var ins = insert(table2).values(List.of(Map.of("othername", "foo"), Map.of("othername", "bar")));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(ins,
                "INSERT INTO myothertable (othername) VALUES (%(othername_m0)s), (%(othername_m1)s)",
                Map.of("othername_m1", "bar", "othername_m0", "foo"), TestDialects.POSTGRESQL);
    }

    /** InsertImplicitReturningTest.test_insert_multiple_values_literal_binds. */
    @Test
    void test_insert_multiple_values_literal_binds() {
        var ins = insert(table2).values(List.of(Map.of("othername", "foo"), Map.of("othername", "bar")));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(ins,
                "INSERT INTO myothertable (othername) VALUES ('foo'), ('bar')", TestDialects.POSTGRESQL,
                CompileOptions.literalBinds());
    }

    /** InsertImplicitReturningTest.test_insert_single_list_values. */
    @Test
    void test_insert_single_list_values() {
        var ins = insert(table2).values(List.of(Map.of("othername", "foo")));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(ins,
                "INSERT INTO myothertable (othername) VALUES (%(othername_m0)s)",
                Map.of("othername_m0", "foo"), TestDialects.POSTGRESQL);
    }

    /** EmptyTest.test_supports_empty_insert_true. */
    @Test
    void test_supports_empty_insert_true() {
        assertCompile(insert(table1).values(Map.of()), "INSERT INTO mytable DEFAULT VALUES");
    }

    /** EmptyTest.test_empty_insert_default, on MySQL (supports_default_values=False). */
    @Test
    void test_empty_insert_default() {
        SqlAlchemyParamstyle.FORMAT.assertCompile(insert(table1).values(Map.of()),
                "INSERT INTO mytable () VALUES ()", TestDialects.MYSQL);
    }

    /** EmptyTest.test_insert_with_empty_collection_values: an empty dict populates on the next values() call. */
    @Test
    void test_insert_with_empty_collection_values() {
        assertCompile(insert(table1).values(Map.of()).values(Map.of("myid", 3)),
                "INSERT INTO mytable (myid) VALUES (:myid)", Map.of("myid", 3));
    }

    private static final List<Map<String, Object>> THREE_ROWS = List.of(
            ordered("myid", 1, "name", "a", "description", "b"),
            ordered("myid", 2, "name", "c", "description", "d"),
            ordered("myid", 3, "name", "e", "description", "f"));

    /** MultirowTest.test_named. */
    @Test
    void test_named() {
        assertCompile(insert(table1).values(THREE_ROWS),
                "INSERT INTO mytable (myid, name, description) VALUES (:myid_m0, :name_m0, :description_m0), "
                        + "(:myid_m1, :name_m1, :description_m1), (:myid_m2, :name_m2, :description_m2)",
                Map.of("myid_m0", 1, "myid_m1", 2, "myid_m2", 3, "name_m0", "a", "name_m1", "c", "name_m2", "e",
                        "description_m0", "b", "description_m1", "d", "description_m2", "f"));
    }

    /** MultirowTest.test_positional (format paramstyle). */
    @Test
    void test_positional() {
        SqlAlchemyParamstyle.FORMAT.assertCompile(insert(table1).values(THREE_ROWS),
                "INSERT INTO mytable (myid, name, description) VALUES (%s, %s, %s), (%s, %s, %s), (%s, %s, %s)",
                List.of(1, "a", "b", 2, "c", "d", 3, "e", "f"), TestDialects.MYSQL);
    }

    /** MultirowTest.test_multi_multi: a second multi-row values() adds rows. */
    @Test
    void test_multi_multi() {
        var stmt = insert(table1).values(List.of(ordered("myid", 1, "name", "d1")))
                .values(List.of(ordered("myid", 2, "name", "d2"), ordered("myid", 3, "name", "d3")));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(stmt,
                "INSERT INTO mytable (myid, name) VALUES (%(myid_m0)s, %(name_m0)s), (%(myid_m1)s, %(name_m1)s), "
                        + "(%(myid_m2)s, %(name_m2)s)",
                Map.of("myid_m0", 1, "name_m0", "d1", "myid_m1", 2, "name_m1", "d2", "myid_m2", 3, "name_m2", "d3"),
                TestDialects.POSTGRESQL);
    }

    /** MultirowTest.test_mix_single_and_multi_single_first. */
    @Test
    void test_mix_single_and_multi_single_first() {
        var stmt = insert(table1).values(ordered("myid", 1, "name", "d1"));
        assertThatThrownBy(() -> stmt.values(List.of(ordered("myid", 2, "name", "d2"),
                ordered("myid", 3, "name", "d3")))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Can't mix single and multiple VALUES formats in one INSERT statement");
    }

    /** MultirowTest.test_mix_single_and_multi_multi_first. */
    @Test
    void test_mix_single_and_multi_multi_first() {
        var stmt = insert(table1).values(List.of(ordered("myid", 2, "name", "d2"), ordered("myid", 3, "name", "d3")));
        assertThatThrownBy(() -> stmt.values(ordered("myid", 1, "name", "d1"))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Can't mix single and multiple VALUES formats in one INSERT statement");
    }

    /** InsertTest.test_insert_from_select_union: a column of no table in a compound. */
    @Test
    void test_insert_from_select_union() {
        ColumnClause<Object> name = new ColumnClause<>("name", null);
        ColumnClause<Object> description = new ColumnClause<>("desc", null);
        var sel = select(name, table1.c("description")).union(select(name, description));
        assertCompile(insert(table1).fromSelect(List.of("name", "description"), sel),
                "INSERT INTO mytable (name, description) SELECT name, mytable.description FROM mytable "
                        + "UNION SELECT name, \"desc\"");
    }

    /** MultirowTest.test_sql_functions: functions in some rows, a plain value in another (PostgreSQL). */
    @Test
    void test_sql_functions() {
        Table table = new io.alchemy.schema.MetaData().table("sometable",
                column("id", io.alchemy.types.Types.INTEGER).primaryKey(), column("data", io.alchemy.types.Types.STRING),
                column("foo", io.alchemy.types.Types.INTEGER));
        var values = List.of(ordered("id", 1, "data", "foo", "foo", func.call("foob")),
                ordered("id", 2, "data", "bar", "foo", func.call("foob")),
                ordered("id", 3, "data", "bar", "foo", func.call("bar")),
                ordered("id", 4, "data", "bar", "foo", 15),
                ordered("id", 5, "data", "bar", "foo", func.call("foob")));
        SqlAlchemyParamstyle.PYFORMAT.assertCompile(insert(table).values(values),
                "INSERT INTO sometable (id, data, foo) VALUES (%(id_m0)s, %(data_m0)s, foob()), "
                        + "(%(id_m1)s, %(data_m1)s, foob()), (%(id_m2)s, %(data_m2)s, bar()), "
                        + "(%(id_m3)s, %(data_m3)s, %(foo_m3)s), (%(id_m4)s, %(data_m4)s, foob())",
                ordered("id_m0", 1, "data_m0", "foo", "id_m1", 2, "data_m1", "bar", "id_m2", 3, "data_m2", "bar",
                        "id_m3", 4, "data_m3", "bar", "foo_m3", 15, "id_m4", 5, "data_m4", "bar"),
                TestDialects.POSTGRESQL);
    }

    /** InsertTest.test_bindparam_name_no_consume_error: {@code x=3 + bindparam("x2")}. */
    @Test
    void test_bindparam_name_no_consume_error() {
        TableClause t = Fixtures.table("t", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
        assertCompile(insert(t).values(Map.of("x", literal(3).plus(bindparam("x2")))),
                "INSERT INTO t (x) VALUES ((:param_1 + :x2))");
    }

    /** InsertTest.test_bindparam_name_no_consume_error: with {@code x2} in the parameters. */
    @Test
    void test_bindparam_name_no_consume_error_2() {
        TableClause t = Fixtures.table("t", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
        assertCompile(insert(t).values(Map.of("x", literal(3).plus(bindparam("x2")))),
                "INSERT INTO t (x) VALUES ((:param_1 + :x2))", TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("x2")));
    }

    /** InsertTest.test_binds_that_match_columns: {@code x=3 + bindparam("x")}. */
    @Test
    void test_binds_that_match_columns_2() {
        TableClause foo = foo();
        assertCompile(insert(foo).values(Map.of("x", literal(3).plus(bindparam("x")))),
                "INSERT INTO foo (x) VALUES ((:param_1 + :x))");
    }

    /** InsertTest.test_binds_that_match_columns: {@code x=3 + bindparam("x2")} with parameters x and y. */
    @Test
    void test_binds_that_match_columns_3() {
        TableClause foo = foo();
        assertCompile(insert(foo).values(Map.of("x", literal(3).plus(bindparam("x2")))),
                "INSERT INTO foo (x, y) VALUES ((:param_1 + :x2), :y)", TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("x", "y")));
    }
}
