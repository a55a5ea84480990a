package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_update.py} {@code UpdateTest}, on the string compiler
 * ({@code default_enhanced}). Expected strings verbatim.
 */
@PortedFrom("test/sql/test_update.py")
class TestUpdateUpdateConformanceTest {
    private final DmlTables t = new DmlTables();
    private final Table table1 = t.mytable;
    private final Table table2 = t.myothertable;

    /** UpdateTest.test_update_literal_binds. */
    @Test
    void test_update_literal_binds() {
        assertCompile(update(table1).values(Map.of("name", "jack")).where(table1.c("name").eq("jill")),
                "UPDATE mytable SET name='jack' WHERE mytable.name = 'jill'", TestDialects.DEFAULT,
                CompileOptions.literalBinds());
    }

    /** UpdateTest.test_update_ordered_custom_key_thing (the column itself as the key). */
    @Test
    void test_update_ordered_custom_key_thing() {
        assertCompile(update(table1).orderedValues(List.of(Map.entry(table1.c("name"), "jack")))
                        .where(table1.c("name").eq("jill")),
                "UPDATE mytable SET name='jack' WHERE mytable.name = 'jill'", TestDialects.DEFAULT,
                CompileOptions.literalBinds());
    }

    /** UpdateTest.test_correlated_update_two. */
    @Test
    void test_correlated_update_two() {
        var mt = table1.alias();
        assertCompile(update(table1).values(table1.c("name"),
                        select(mt.c("name")).where(mt.c("myid").eq(table1.c("myid"))).scalarSubquery()),
                "UPDATE mytable SET name=(SELECT mytable_1.name FROM mytable AS mytable_1 WHERE "
                        + "mytable_1.myid = mytable.myid)");
    }

    /** UpdateTest.test_correlated_update_three. */
    @Test
    void test_correlated_update_three() {
        var s = select(table2).where(table2.c("otherid").eq(table1.c("myid"))).scalarSubquery();
        assertCompile(update(table1).where(table1.c("name").eq("jack")).values(table1.c("name"), s),
                "UPDATE mytable SET name=(SELECT myothertable.otherid, myothertable.othername FROM myothertable "
                        + "WHERE myothertable.otherid = mytable.myid) WHERE mytable.name = :name_1");
    }

    /** UpdateTest.test_correlated_update_four. */
    @Test
    void test_correlated_update_four() {
        var s = select(table2.c("othername")).where(table2.c("otherid").eq(7));
        assertCompile(update(table1).where(table1.c("name").eq(s.scalarSubquery())),
                "UPDATE mytable SET myid=:myid, name=:name, description=:description WHERE mytable.name = "
                        + "(SELECT myothertable.othername FROM myothertable WHERE myothertable.otherid = :otherid_1)");
    }

    /** UpdateTest.test_correlated_update_five. */
    @Test
    void test_correlated_update_five() {
        var s = select(table2.c("othername")).where(table2.c("otherid").eq(table1.c("myid")));
        assertCompile(update(table1).where(table1.c("name").eq(s.scalarSubquery())),
                "UPDATE mytable SET myid=:myid, name=:name, description=:description WHERE mytable.name = "
                        + "(SELECT myothertable.othername FROM myothertable WHERE myothertable.otherid = mytable.myid)");
    }

    /** UpdateTest.test_correlated_update_six. */
    @Test
    void test_correlated_update_six() {
        assertCompile(update(table1).values(Map.of("name", table2.c("othername")))
                        .where(table2.c("otherid").eq(table1.c("myid"))),
                "UPDATE mytable SET name=myothertable.othername FROM myothertable WHERE myothertable.otherid = "
                        + "mytable.myid");
    }

    /** UpdateTest.test_correlated_update_seven. */
    @Test
    void test_correlated_update_seven() {
        assertCompile(update(table1).values(Map.of("name", "foo")).where(table2.c("otherid").eq(table1.c("myid"))),
                "UPDATE mytable SET name=:name FROM myothertable WHERE myothertable.otherid = mytable.myid");
    }

    private static TableClause foo() {
        return Fixtures.table("foo", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
    }

    /** UpdateTest.test_binds_that_match_columns: a bindparam named after a column is not a SET column. */
    @Test
    void test_binds_that_match_columns() {
        TableClause foo = foo();
        var u = update(foo).where(foo.c("x").eq(bindparam("x")));
        assertCompile(u.values(Map.of("y", 7)), "UPDATE foo SET y=:y WHERE foo.x = :x");
    }

    /** UpdateTest.test_binds_that_match_columns: {@code x=3 + bindparam("x")}.*/
    @Test
    void test_binds_that_match_columns_2() {
        TableClause foo = foo();
        var u = update(foo).where(foo.c("x").eq(bindparam("x")));
        assertCompile(u.values(Map.of("x", literal(3).plus(bindparam("x")))),
                "UPDATE foo SET x=(:param_1 + :x) WHERE foo.x = :x");
    }

    /** UpdateTest.test_binds_that_match_columns: with parameters x and y.*/
    @Test
    void test_binds_that_match_columns_3() {
        TableClause foo = foo();
        var u = update(foo).where(foo.c("x").eq(bindparam("x")));
        assertCompile(u.values(Map.of("x", literal(3).plus(bindparam("x")))),
                "UPDATE foo SET x=(:param_1 + :x), y=:y WHERE foo.x = :x", TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("x", "y")));
    }

    /** UpdateTest.test_labels_no_collision. */
    @Test
    void test_labels_no_collision() {
        TableClause foo = Fixtures.table("foo", new ColumnClause<>("id", null), new ColumnClause<>("foo_id", null));
        assertCompile(update(foo).where(foo.c("id").eq(5)),
                "UPDATE foo SET id=:id, foo_id=:foo_id WHERE foo.id = :id_1");
    }

    /** UpdateTest.test_update_1. */
    @Test
    void test_update_1() {
        assertCompile(update(table1).where(table1.c("myid").eq(7)),
                "UPDATE mytable SET name=:name WHERE mytable.myid = :myid_1", TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("name")));
    }

    /** UpdateTest.test_update_2. */
    @Test
    void test_update_2() {
        assertCompile(update(table1).where(table1.c("myid").eq(7)).values(table1.c("myid"), 5),
                "UPDATE mytable SET myid=:myid WHERE mytable.myid = :myid_1", Map.of("myid", 5, "myid_1", 7));
    }

    /** UpdateTest.test_update_4. */
    @Test
    void test_update_4() {
        assertCompile(update(table1).values(table1.c("name"), table1.c("myid")),
                "UPDATE mytable SET name=mytable.myid");
    }

    /** UpdateTest.test_update_5. */
    @Test
    void test_update_5() {
        assertCompile(update(table1).where(table1.c("name").eq(bindparam("crit"))).values(table1.c("name"), "hi"),
                "UPDATE mytable SET name=:name WHERE mytable.name = :crit", TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("crit")));
    }

    /** UpdateTest.test_update_6. */
    @Test
    void test_update_6() {
        assertCompile(update(table1).where(table1.c("myid").eq(12)).values(table1.c("name"), table1.c("myid")),
                "UPDATE mytable SET name=mytable.myid, description=:description WHERE mytable.myid = :myid_1",
                TestDialects.DEFAULT, CompileOptions.forParameters(Set.of("description")));
    }

    /** UpdateTest.test_update_7. */
    @Test
    void test_update_7() {
        assertCompile(update(table1).where(table1.c("myid").eq(12)).values(table1.c("myid"), 9),
                "UPDATE mytable SET myid=:myid, description=:description WHERE mytable.myid = :myid_1",
                TestDialects.DEFAULT, CompileOptions.forParameters(Set.of("myid_1", "myid", "description")));
    }

    /** UpdateTest.test_update_8. */
    @Test
    void test_update_8() {
        assertCompile(update(table1).where(table1.c("myid").eq(12)),
                "UPDATE mytable SET myid=:myid WHERE mytable.myid = :myid_1", TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("myid")));
    }

    /** UpdateTest.test_update_10. */
    @Test
    void test_update_10() {
        assertCompile(update(table1).where(table1.c("myid").eq(12)).values(table1.c("name"), table1.c("myid"))
                        .values(table1.c("name"), table1.c("name").concat("foo")),
                "UPDATE mytable SET name=(mytable.name || :name_1), description=:description "
                        + "WHERE mytable.myid = :myid_1",
                TestDialects.DEFAULT, CompileOptions.forParameters(Set.of("description")));
    }

    /** UpdateTest.test_update_11.  SQLAlchemy: {@code UPDATE mytable SET myid=do_stuff(mytable.myid, :param_1), name=(mytable.name || :name_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:param_2 || mytable.name || :param_3)}
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() meeting a column or named bindparam takes its name (:name_2, :x_1), not :param_N")
    void test_update_11() {
        assertCompile(update(table1)
                        .where(table1.c("myid").eq(func.call("hoho", 4))
                                .and(table1.c("name").eq(literal("foo").concat(table1.c("name")).concat(literal("lala")))))
                        .values(Map.of("name", table1.c("name").concat("lala"),
                                "myid", func.call("do_stuff", table1.c("myid"), literal("hoho")))),
                "UPDATE mytable SET myid=do_stuff(mytable.myid, :param_1), name=(mytable.name || :name_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:name_2 || mytable.name || :param_2)");
    }

    /** UpdateTest.test_update_ordered_parameters_newstyle_1.  SQLAlchemy: {@code UPDATE mytable SET name=(mytable.name || :name_1), myid=do_stuff(mytable.myid, :param_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:param_2 || mytable.name || :param_3)}
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() meeting a column or named bindparam takes its name (:name_2, :x_1), not :param_N")
    void test_update_ordered_parameters_newstyle_1() {
        assertCompile(update(table1)
                        .where(table1.c("myid").eq(func.call("hoho", 4))
                                .and(table1.c("name").eq(literal("foo").concat(table1.c("name")).concat(literal("lala")))))
                        .orderedValues(List.of(Map.entry(table1.c("name"), table1.c("name").concat("lala")),
                                Map.entry(table1.c("myid"), func.call("do_stuff", table1.c("myid"), literal("hoho"))))),
                "UPDATE mytable SET name=(mytable.name || :name_1), myid=do_stuff(mytable.myid, :param_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:name_2 || mytable.name || :param_2)");
    }

    /** UpdateTest.test_update_ordered_parameters_newstyle_2.  SQLAlchemy: {@code UPDATE mytable SET name=(mytable.name || :name_1), description=:description, myid=do_stuff(mytable.myid, :param_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:param_2 || mytable.name || :param_3)}
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() meeting a column or named bindparam takes its name (:name_2, :x_1), not :param_N")
    void test_update_ordered_parameters_newstyle_2() {
        assertCompile(update(table1)
                        .where(table1.c("myid").eq(func.call("hoho", 4))
                                .and(table1.c("name").eq(literal("foo").concat(table1.c("name")).concat(literal("lala")))))
                        .orderedValues(List.of(Map.entry(table1.c("name"), table1.c("name").concat("lala")),
                                Map.entry(table1.c("description"), "some desc"),
                                Map.entry(table1.c("myid"), func.call("do_stuff", table1.c("myid"), literal("hoho"))))),
                "UPDATE mytable SET name=(mytable.name || :name_1), description=:description, myid=do_stuff(mytable.myid, :param_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:name_2 || mytable.name || :param_2)");
    }

    /** UpdateTest.test_update_ordered_then_nonordered. */
    @Test
    void test_update_ordered_then_nonordered() {
        var stmt = update(table1).orderedValues(List.of(Map.entry(table1.c("myid"), 1),
                Map.entry(table1.c("name"), "d1")));
        assertThatThrownBy(() -> stmt.values(Map.of("myid", 2, "name", "d2"))).isInstanceOf(ArgumentError.class);
    }

    /** UpdateTest.test_update_ordered_parameters_multiple. */
    @Test
    void test_update_ordered_parameters_multiple() {
        var stmt = update(table1).orderedValues(List.of(Map.entry(table1.c("name"), "somename")));
        assertThatThrownBy(() -> stmt.orderedValues(List.of(Map.entry(table1.c("myid"), 10))))
                .isInstanceOf(ArgumentError.class);
    }

    /** UpdateTest.test_update_ordereddict: ordered input to values() still renders in table order.  SQLAlchemy: {@code UPDATE mytable SET myid=do_stuff(mytable.myid, :param_1), name=(mytable.name || :name_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:param_2 || mytable.name || :param_3)}
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-adopts-column-name",
            value = "literal() meeting a column or named bindparam takes its name (:name_2, :x_1), not :param_N")
    void test_update_ordereddict() {
        var values = new java.util.LinkedHashMap<String, Object>();
        values.put("name", table1.c("name").concat("lala"));
        values.put("myid", func.call("do_stuff", table1.c("myid"), literal("hoho")));
        assertCompile(update(table1)
                        .where(table1.c("myid").eq(func.call("hoho", 4))
                                .and(table1.c("name").eq(literal("foo").concat(table1.c("name")).concat(literal("lala")))))
                        .values(values),
                "UPDATE mytable SET myid=do_stuff(mytable.myid, :param_1), name=(mytable.name || :name_1) WHERE mytable.myid = hoho(:hoho_1) AND mytable.name = (:name_2 || mytable.name || :param_2)");
    }

    /** UpdateTest.test_unconsumed_names_values_dict: the string compiler refuses other tables in SET. */
    @Test
    void test_unconsumed_names_values_dict() {
        TableClause tt = Fixtures.table("t", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
        TableClause t2 = Fixtures.table("t2", new ColumnClause<>("q", null), new ColumnClause<>("z", null));
        var stmt = update(tt).values(Map.of("x", 5)).values(t2.c("z"), 5).where(tt.c("x").eq(t2.c("q")));
        assertThatThrownBy(() -> stmt.compile(TestDialects.POSTGRESQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("cannot include columns from table(s) 't2' in SET clause");
    }

    /** UpdateTest.test_update_bound_ordering, qmark paramstyle. */
    @Test
    void test_update_bound_ordering_qmark() {
        var sel = select(table2).where(table2.c("otherid").eq(5)).subquery();
        var upd = update(table1).where(table1.c("name").eq(sel.c("othername"))).values(Map.of("name", "foo"));
        SqlAlchemyParamstyle.QMARK.assertCompile(upd,
                "UPDATE mytable SET name=? FROM (SELECT myothertable.otherid AS otherid, "
                        + "myothertable.othername AS othername FROM myothertable "
                        + "WHERE myothertable.otherid = ?) AS anon_1 WHERE mytable.name = anon_1.othername",
                List.of("foo", 5), TestDialects.SQLITE);
    }

    /** UpdateTest.test_update_bound_ordering, format paramstyle (MySQL). */
    @Test
    void test_update_bound_ordering_format() {
        var sel = select(table2).where(table2.c("otherid").eq(5)).subquery();
        var upd = update(table1).where(table1.c("name").eq(sel.c("othername"))).values(Map.of("name", "foo"));
        SqlAlchemyParamstyle.FORMAT.assertCompile(upd,
                "UPDATE mytable, (SELECT myothertable.otherid AS otherid, myothertable.othername AS othername "
                        + "FROM myothertable WHERE myothertable.otherid = %s) AS anon_1 SET mytable.name=%s "
                        + "WHERE mytable.name = anon_1.othername",
                List.of(5, "foo"), TestDialects.MYSQL);
    }

    /** UpdateTest.test_prefix_with is not ported (no prefixWith); test_update_no_params with values none. */
    @Test
    void test_update_no_params_none() {
        assertCompile(update(table1).where(table1.c("name").eq("jill")),
                "UPDATE mytable SET myid=:myid, name=:name, description=:description WHERE mytable.name = :name_1");
    }

    /** UpdateTest.test_update_no_params, two tables, values none. */
    @Test
    void test_update_no_params_twotable_none() {
        assertCompile(update(table1).where(table1.c("name").eq("jill")).where(table2.c("otherid").eq(table1.c("myid"))),
                "UPDATE mytable SET myid=:myid, name=:name, description=:description FROM myothertable "
                        + "WHERE mytable.name = :name_1 AND myothertable.otherid = mytable.myid");
    }

    /** UpdateTest.test_update_custom_key_thing (the column itself as the key). */
    @Test
    void test_update_custom_key_thing() {
        assertCompile(update(table1).values(table1.c("name"), "jack").where(table1.c("name").eq("jill")),
                "UPDATE mytable SET name='jack' WHERE mytable.name = 'jill'", TestDialects.DEFAULT,
                CompileOptions.literalBinds());
    }

    /** UpdateTest.test_update_9: compiled with column keys, the SQL is the printed form. */
    @Test
    void test_update_9() {
        var s = update(table1).where(table1.c("myid").eq(12)).values(table1.c("name"), "lala");
        org.assertj.core.api.Assertions.assertThat(s.compile(TestDialects.DEFAULT,
                CompileOptions.forParameters(Set.of("id", "name"))).sql()).isEqualTo(s.toString());
    }

    /** UpdateTest.test_unconsumed_names_kwargs. */
    @Test
    void test_unconsumed_names_kwargs() {
        TableClause t = Fixtures.table("t", new ColumnClause<>("x", null), new ColumnClause<>("y", null));
        assertThatThrownBy(() -> update(t).values(java.util.Map.of("x", 5, "z", 5))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unconsumed column names: z");
    }

    /** UpdateTest.test_where_empty: an empty AND.  SQLAlchemy: {@code UPDATE mytable SET myid=:myid, name=:name, description=:description}. */
    @Test
    void test_where_empty() {
        assertCompile(update(table1).where(and()), "UPDATE mytable SET myid=:myid, name=:name, description=:description");
    }

    /** UpdateTest.test_where_empty: an empty OR.  SQLAlchemy: {@code UPDATE mytable SET myid=:myid, name=:name, description=:description}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#empty-and-or",
            value = "an empty and() is WHERE true, an empty or() WHERE false; SQLAlchemy's deprecated form renders no WHERE")
    void test_where_empty_2() {
        assertCompile(update(table1).where(or()), "UPDATE mytable SET myid=:myid, name=:name, description=:description WHERE false");
    }

    /** UpdateFromCompileTest.test_raise_if_totally_different_table: another table in SET, not in FROM (default). */
    @Test
    void test_raise_if_totally_different_table() {
        var stmt = update(table1).where(table1.c("myid").eq(7)).values(table2.c("othername"), "fred");
        assertThatThrownBy(() -> stmt.compile(TestDialects.POSTGRESQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("cannot include columns from table(s) 'myothertable' in SET clause");
    }

    /** UpdateFromCompileTest.test_raise_if_totally_different_table: in SET and FROM (default). */
    @Test
    void test_raise_if_totally_different_table_2() {
        var stmt = update(table1).where(table1.c("myid").eq(7)).values(table2.c("othername"), "fred")
                .where(table2.c("otherid").eq(12));
        assertThatThrownBy(() -> stmt.compile(TestDialects.POSTGRESQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("cannot include columns from table(s) 'myothertable' in SET clause");
    }

    /** UpdateFromCompileTest.test_raise_if_totally_different_table: in SET and FROM on MySQL. */
    @Test
    void test_raise_if_totally_different_table_mysql() {
        var stmt = update(table1).where(table1.c("myid").eq(7)).values(table2.c("othername"), "fred")
                .where(table2.c("otherid").eq(12));
        SqlAlchemyParamstyle.FORMAT.assertCompile(stmt, "UPDATE mytable, myothertable SET myothertable.othername=%s "
                + "WHERE mytable.myid = %s AND myothertable.otherid = %s", TestDialects.MYSQL);
    }

    /** UpdateFromCompileTest.test_raise_if_totally_different_table: in SET, not in FROM, on MySQL. */
    @Test
    void test_raise_if_totally_different_table_mysql_2() {
        var stmt = update(table1).where(table1.c("myid").eq(7)).values(table2.c("othername"), "fred");
        assertThatThrownBy(() -> stmt.compile(TestDialects.MYSQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("Statement is not a multi-table UPDATE statement; cannot include columns from "
                        + "table(s) 'myothertable' in SET clause");
    }
}
