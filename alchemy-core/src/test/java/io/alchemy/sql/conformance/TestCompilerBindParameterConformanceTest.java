package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.sql.conformance.Fixtures.TABLE2;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.dialect.sqlite.SQLiteDialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code BindParameterTest}: named, unique and expanding
 * bound parameters, their named and positional (SQLite {@code ?}) forms, tuples IN, and literal binds of LIMIT,
 * OFFSET and FETCH. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerBindParameterConformanceTest {
    private final TableClause table1 = TABLE1;
    private final TableClause table2 = TABLE2;

    private static Map<String, Object> nulls(String... keys) {
        Map<String, Object> map = new HashMap<>();
        Arrays.stream(keys).forEach(k -> map.put(k, null));
        return map;
    }

    /** BindParameterTest.test_binds, first statement, named form. */
    @Test
    void test_binds_namedParameter() {
        var stmt = select(table1, table2).where(and(table1.c("myid").eq(table2.c("otherid")),
                table1.c("name").eq(bindparam("mytablename"))));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description, "
                        + "myothertable.otherid, myothertable.othername FROM mytable, "
                        + "myothertable WHERE mytable.myid = myothertable.otherid "
                        + "AND mytable.name = :mytablename", nulls("mytablename"));
    }

    /** BindParameterTest.test_binds, first statement, positional form. */
    @Test
    void test_binds_namedParameter_positional() {
        var stmt = select(table1, table2).where(and(table1.c("myid").eq(table2.c("otherid")),
                table1.c("name").eq(bindparam("mytablename"))));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description, "
                + "myothertable.otherid, myothertable.othername FROM mytable, "
                + "myothertable WHERE mytable.myid = myothertable.otherid AND "
                + "mytable.name = ?", new SQLiteDialect());
    }

    /** BindParameterTest.test_binds, second statement: one named parameter used twice. */
    @Test
    void test_binds_sameNameTwice() {
        var stmt = select(table1).where(or(table1.c("myid").eq(bindparam("myid")),
                table2.c("otherid").eq(bindparam("myid"))));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description "
                + "FROM mytable, myothertable WHERE mytable.myid = :myid "
                + "OR myothertable.otherid = :myid", nulls("myid"));
    }

    /** BindParameterTest.test_binds, second statement, positional form. */
    @Test
    void test_binds_sameNameTwice_positional() {
        var stmt = select(table1).where(or(table1.c("myid").eq(bindparam("myid")),
                table2.c("otherid").eq(bindparam("myid"))));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description "
                + "FROM mytable, myothertable WHERE mytable.myid = ? "
                + "OR myothertable.otherid = ?", new SQLiteDialect());
    }

    /** BindParameterTest.test_binds, third statement: a text() with one name twice, named form. */
    @Test
    void test_binds_text() {
        var stmt = text("SELECT mytable.myid, mytable.name, "
                + "mytable.description FROM "
                + "mytable, myothertable WHERE mytable.myid = :myid OR "
                + "myothertable.otherid = :myid");
        org.assertj.core.api.Assertions.assertThat(stmt.toString())
                .isEqualTo("SELECT mytable.myid, mytable.name, mytable.description FROM "
                        + "mytable, myothertable WHERE mytable.myid = :myid OR "
                        + "myothertable.otherid = :myid");
    }

    /** BindParameterTest.test_binds, third statement, positional form. */
    @Test
    void test_binds_text_positional() {
        var stmt = text("SELECT mytable.myid, mytable.name, "
                + "mytable.description FROM "
                + "mytable, myothertable WHERE mytable.myid = :myid OR "
                + "myothertable.otherid = :myid");
        org.assertj.core.api.Assertions.assertThat(stmt.compile(new SQLiteDialect()).sql())
                .isEqualTo("SELECT mytable.myid, mytable.name, mytable.description FROM "
                        + "mytable, myothertable WHERE mytable.myid = ? OR "
                        + "myothertable.otherid = ?");
    }

    /** BindParameterTest.test_binds, fourth statement: unique parameters of one name are numbered. */
    @Test
    void test_binds_unique() {
        var stmt = select(table1).where(or(table1.c("myid").eq(bindparam("myid").unique()),
                table2.c("otherid").eq(bindparam("myid").unique())));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM "
                + "mytable, myothertable WHERE mytable.myid = "
                + ":myid_1 OR myothertable.otherid = :myid_2");
    }

    /** BindParameterTest.test_binds, fourth statement, positional form. */
    @Test
    void test_binds_unique_positional() {
        var stmt = select(table1).where(or(table1.c("myid").eq(bindparam("myid").unique()),
                table2.c("otherid").eq(bindparam("myid").unique())));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM "
                + "mytable, myothertable WHERE mytable.myid = ? "
                + "OR myothertable.otherid = ?", new SQLiteDialect());
    }

    /** BindParameterTest.test_binds, fifth statement: a String parameter plus text() concatenates. */
    @Test
    void test_binds_stringPlusText() {
        assertCompile(bindparam("test", Types.STRING).plus(text("'hi'")), ":test || 'hi'");
    }

    /** BindParameterTest.test_binds, seventh statement: unique parameters with values. */
    @Test
    void test_binds_uniqueWithValues() {
        var stmt = select(table1).where(or(table1.c("myid").eq(bindparam("myid", Types.INTEGER, 7).unique()),
                table2.c("otherid").eq(bindparam("myid", Types.INTEGER, 8).unique())));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM "
                + "mytable, myothertable WHERE mytable.myid = "
                + ":myid_1 OR myothertable.otherid = :myid_2", Map.of("myid_1", 7, "myid_2", 8));
    }

    /** BindParameterTest.test_binds, seventh statement, positional form and values in order. */
    @Test
    void test_binds_uniqueWithValues_positional() {
        var stmt = select(table1).where(or(table1.c("myid").eq(bindparam("myid", Types.INTEGER, 7).unique()),
                table2.c("otherid").eq(bindparam("myid", Types.INTEGER, 8).unique())));
        assertCompile(stmt, "SELECT mytable.myid, mytable.name, mytable.description FROM "
                + "mytable, myothertable WHERE mytable.myid = "
                + "? OR myothertable.otherid = ?", List.of(7, 8), new SQLiteDialect());
    }

    /** BindParameterTest.test_binds: the same scalar subquery twice shares its parameter. */
    @Test
    void test_binds_sameScalarSubqueryTwice() {
        var s = select(table1.c("myid")).where(table1.c("myid").eq(12)).scalarSubquery();
        var s2 = select(table1, s).where(table1.c("myid").eq(s));
        assertCompile(s2, "SELECT mytable.myid, mytable.name, mytable.description, "
                + "(SELECT mytable.myid FROM mytable WHERE mytable.myid = "
                + ":myid_1) AS anon_1 FROM mytable WHERE mytable.myid = "
                + "(SELECT mytable.myid FROM mytable WHERE mytable.myid = :myid_1)");
    }

    /** BindParameterTest.test_binds: positionally, the shared parameter is sent twice. */
    @Test
    void test_binds_sameScalarSubqueryTwice_positional() {
        var s = select(table1.c("myid")).where(table1.c("myid").eq(12)).scalarSubquery();
        var s2 = select(table1, s).where(table1.c("myid").eq(s));
        assertCompile(s2, "SELECT mytable.myid, mytable.name, mytable.description, "
                + "(SELECT mytable.myid FROM mytable WHERE mytable.myid = "
                + "?) AS anon_1 FROM mytable WHERE mytable.myid = "
                + "(SELECT mytable.myid FROM mytable WHERE mytable.myid = ?)", List.of(12, 12), new SQLiteDialect());
    }

    /** BindParameterTest.test_binds: a named parameter clashing with an anonymous one's name is refused. */
    @Test
    void test_binds_uniqueConflict() {
        var s = select(table1).where(or(table1.c("myid").eq(7), table1.c("myid").eq(bindparam("myid_1"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(s::toString)
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("conflicts with unique bind parameter of the same name");
    }

    /** BindParameterTest.test_binds: the clash with a later anonymous parameter is refused too. */
    @Test
    void test_binds_uniqueConflictThird() {
        var s = select(table1).where(or(table1.c("myid").eq(7), table1.c("myid").eq(8),
                table1.c("myid").eq(bindparam("myid_1"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(s::toString)
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("conflicts with unique bind parameter of the same name");
    }

    /** BindParameterTest.test_tuple_clauselist_in. */
    @Test
    void test_tuple_clauselist_in() {
        assertCompile(tuple(table1.c("myid"), table1.c("name")).in(List.of(tuple(table2.c("otherid"),
                        table2.c("othername")))),
                "(mytable.myid, mytable.name) IN "
                        + "((myothertable.otherid, myothertable.othername))");
    }

    /** BindParameterTest.test_select_in, scalar_subquery=False. */
    @Test
    void test_select_in_select() {
        var stmt = select(table2.c("otherid"), table2.c("othername"));
        assertCompile(tuple(table1.c("myid"), table1.c("name")).in(stmt),
                "(mytable.myid, mytable.name) IN (SELECT "
                        + "myothertable.otherid, myothertable.othername FROM myothertable)");
    }

    /** BindParameterTest.test_select_in, scalar_subquery=True. */
    @Test
    void test_select_in_scalarSubquery() {
        var stmt = select(table2.c("otherid"), table2.c("othername")).scalarSubquery();
        assertCompile(tuple(table1.c("myid"), table1.c("name")).in(stmt),
                "(mytable.myid, mytable.name) IN (SELECT "
                        + "myothertable.otherid, myothertable.othername FROM myothertable)");
    }

    /** BindParameterTest.test_expanding_parameter, first case: a tuple IN an expanding parameter. */
    @Test
    void test_expanding_parameter_tuple() {
        assertCompile(tuple(table1.c("myid"), table1.c("name")).in(bindparam("foo").expanding()),
                "(mytable.myid, mytable.name) IN (__[POSTCOMPILE_foo])");
    }

    /** BindParameterTest.test_expanding_parameter, third case: a column IN an expanding parameter. */
    @Test
    void test_expanding_parameter_column() {
        assertCompile(table1.c("myid").in(bindparam("foo").expanding()),
                "mytable.myid IN (__[POSTCOMPILE_foo])");
    }

    /** BindParameterTest.test_limit_offset_select_literal_binds. */
    @Test
    void test_limit_offset_select_literal_binds() {
        assertCompile(select(literalColumn("1")).limit(5).offset(6), "SELECT 1 LIMIT 5 OFFSET 6",
                GenericDialect.INSTANCE, CompileOptions.literalBinds());
    }

    /** BindParameterTest.test_limit_offset_compound_select_literal_binds. */
    @Test
    void test_limit_offset_compound_select_literal_binds() {
        assertCompile(select(literalColumn("1")).union(select(literalColumn("2"))).limit(5).offset(6),
                "SELECT 1 UNION SELECT 2 LIMIT 5 OFFSET 6", GenericDialect.INSTANCE, CompileOptions.literalBinds());
    }

    /** BindParameterTest.test_fetch_offset_select_literal_binds. */
    @Test
    void test_fetch_offset_select_literal_binds() {
        assertCompile(select(literalColumn("1")).fetch(5).offset(6), "SELECT 1 OFFSET 6 ROWS FETCH FIRST 5 ROWS ONLY",
                GenericDialect.INSTANCE, CompileOptions.literalBinds());
    }

    /** BindParameterTest.test_multiple_col_binds. */
    @Test
    void test_multiple_col_binds() {
        assertCompile(select(literalColumn("*")).where(or(table1.c("myid").eq(12), table1.c("myid").eq("asdf"),
                        table1.c("myid").eq("foo"))),
                "SELECT * FROM mytable WHERE mytable.myid = :myid_1 "
                        + "OR mytable.myid = :myid_2 OR mytable.myid = :myid_3");
    }

    private static void assertAnonName(String name, String expected) {
        TableClause t = Fixtures.table("t", Fixtures.col(name, Types.STRING));
        String quoted = name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name + "\"";
        assertCompile(t.c(name).eq("foo"), "t." + quoted + " = " + expected, Map.of(expected.substring(1), "foo"));
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "%(my name)s"}. */
    @Test
    void test_bind_anon_name_no_special_chars_percentParens() {
        assertAnonName("%(my name)s", ":my_name_s_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "myname(foo)"}. */
    @Test
    void test_bind_anon_name_no_special_chars_parens() {
        assertAnonName("myname(foo)", ":myname_foo_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "this is a name"}. */
    @Test
    void test_bind_anon_name_no_special_chars_spaces() {
        assertAnonName("this is a name", ":this_is_a_name_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "_leading_one"}. */
    @Test
    void test_bind_anon_name_no_special_chars_leadingUnderscore() {
        assertAnonName("_leading_one", ":leading_one_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "3leading_two"}. */
    @Test
    void test_bind_anon_name_no_special_chars_leadingDigit() {
        assertAnonName("3leading_two", ":3leading_two_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "$leading_three"}. */
    @Test
    void test_bind_anon_name_no_special_chars_leadingDollar() {
        assertAnonName("$leading_three", ":leading_three_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "%(tricky"}. */
    @Test
    void test_bind_anon_name_no_special_chars_tricky() {
        assertAnonName("%(tricky", ":tricky_1");
    }

    /** BindParameterTest.test_bind_anon_name_no_special_chars, {@code "5(tricky"}. */
    @Test
    void test_bind_anon_name_no_special_chars_digitTricky() {
        assertAnonName("5(tricky", ":5_tricky_1");
    }

    /** BindParameterTest.test_bind_anon_name_special_chars_uniqueify_one. */
    @Test
    void test_bind_anon_name_special_chars_uniqueify_one() {
        TableClause t = TestCompilerConformanceTest.untyped("t", "_3foo", "4%foo");
        assertCompile(t.c("_3foo").eq("foo").and(t.c("4%foo").eq("bar")),
                "t._3foo = :3foo_1 AND t.\"4%foo\" = :4_foo_1", Map.of("3foo_1", "foo", "4_foo_1", "bar"));
    }

    /** BindParameterTest.test_bind_anon_name_special_chars_uniqueify_two. */
    @Test
    void test_bind_anon_name_special_chars_uniqueify_two() {
        TableClause t = TestCompilerConformanceTest.untyped("t", "_3foo", "4(foo");
        assertCompile(t.c("_3foo").eq("foo").and(t.c("4(foo").eq("bar")),
                "t._3foo = :3foo_1 AND t.\"4(foo\" = :4_foo_1", Map.of("3foo_1", "foo", "4_foo_1", "bar"));
    }

    /** BindParameterTest.test_bind_as_col. */
    @Test
    void test_bind_as_col() {
        TableClause t = TestCompilerConformanceTest.untyped("foo", "id");
        assertCompile(select(t, literal("lala").label("hoho")), "SELECT foo.id, :param_1 AS hoho FROM foo");
    }

    /** BindParameterTest.test_expanding_non_expanding_conflict. */
    @Test
    void test_expanding_non_expanding_conflict() {
        var s = select(literal("x").in(bindparam("q").expanding()), bindparam("q"));
        org.assertj.core.api.Assertions.assertThatThrownBy(s::toString)
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("Can't reuse bound parameter name 'q' in both 'expanding' "
                        + "(e.g. within an IN expression) and non-expanding contexts.  "
                        + "If this parameter is to "
                        + "receive a list/array value, set 'expanding=True' on "
                        + "it for expressions that aren't IN, otherwise use "
                        + "a different parameter name.");
    }

    private static void assertLiteral(io.alchemy.sql.Executable stmt, String expected) {
        assertCompile(stmt, expected, GenericDialect.INSTANCE, CompileOptions.literalBinds());
    }

    /** BindParameterTest.test_render_nulls_literal_binds: a bindparam with value None renders NULL. */
    @Test
    void test_render_nulls_literal_binds_bindparamNone() {
        assertLiteral(select(table1.c("myid")).where(table1.c("myid").eq(bindparam("x", Types.INTEGER, null))),
                "SELECT mytable.myid FROM mytable WHERE mytable.myid = NULL");
    }

    /** BindParameterTest.test_render_nulls_literal_binds: {@code == None} is IS NULL. */
    @Test
    void test_render_nulls_literal_binds_eqNone() {
        assertLiteral(select(table1.c("myid")).where(table1.c("myid").eq(null)),
                "SELECT mytable.myid FROM mytable WHERE mytable.myid IS NULL");
    }

    /** BindParameterTest.test_render_nulls_literal_binds: None in the columns clause. */
    @Test
    void test_render_nulls_literal_binds_selectNone() {
        assertLiteral(select(table1.c("myid"), null_()), "SELECT mytable.myid, NULL AS anon_1 FROM mytable");
    }

    /** BindParameterTest.test_render_nulls_literal_binds: INSERT of a None value. */
    @Test
    void test_render_nulls_literal_binds_insertNone() {
        Map<String, Object> values = new HashMap<>();
        values.put("myid", null);
        assertLiteral(insert(table1).values(values), "INSERT INTO mytable (myid) VALUES (NULL)");
    }

    /** BindParameterTest.test_render_nulls_literal_binds: INSERT without parameters. */
    @Test
    void test_render_nulls_literal_binds_insertDefaultValues() {
        assertCompile(insert(table1), "INSERT INTO mytable DEFAULT VALUES", GenericDialect.INSTANCE,
                new CompileOptions(java.util.Set.of(), true));
    }

    /** BindParameterTest.test_render_nulls_literal_binds: UPDATE to a None value. */
    @Test
    void test_render_nulls_literal_binds_updateNone() {
        Map<String, Object> values = new HashMap<>();
        values.put("myid", null);
        assertLiteral(update(table1).values(values), "UPDATE mytable SET myid=NULL");
    }

    /**
     * BindParameterTest.test_render_nulls_literal_binds: UPDATE with a valueless bindparam in WHERE.
     * SQLAlchemy (with a warning): {@code UPDATE mytable SET myid=NULL WHERE mytable.myid = NULL}
     */
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#literal-binds-valueless-parameter",
            value = "Inlining a bindparam() that has no value is a CompileError, not NULL with a warning.")
    @Test
    void test_render_nulls_literal_binds_updateWhereBindparam() {
        Map<String, Object> values = new HashMap<>();
        values.put("myid", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> update(table1)
                        .where(table1.c("myid").eq(bindparam("x"))).values(values)
                        .compile(GenericDialect.INSTANCE, CompileOptions.literalBinds()))
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("No literal value for bind parameter 'x'");
    }

    private void assertStandaloneEscape(String paramname, String expected) {
        var stmt = select(table1.c("myid")).where(table1.c("name").eq(bindparam(paramname, Types.STRING, "x")));
        assertCompile(stmt, "SELECT mytable.myid FROM mytable WHERE mytable.name = :" + expected);
    }

    private void assertStandaloneEscapePositional(String paramname) {
        var stmt = select(table1.c("myid")).where(table1.c("name").eq(bindparam(paramname, Types.STRING, "x")));
        assertCompile(stmt, "SELECT mytable.myid FROM mytable WHERE mytable.name = ?", new SQLiteDialect());
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("normalname", named). */
    @Test
    void test_standalone_bindparam_escape_normalname() {
        assertStandaloneEscape("normalname", "normalname");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("_name", named). */
    @Test
    void test_standalone_bindparam_escape_underscoreName() {
        assertStandaloneEscape("_name", "_name");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("[BracketsAndCase]", named). */
    @Test
    void test_standalone_bindparam_escape_brackets() {
        assertStandaloneEscape("[BracketsAndCase]", "_BracketsAndCase_");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("has spaces", named). */
    @Test
    void test_standalone_bindparam_escape_spaces() {
        assertStandaloneEscape("has spaces", "has_spaces");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("normalname", positional). */
    @Test
    void test_standalone_bindparam_escape_normalname_positional() {
        assertStandaloneEscapePositional("normalname");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("_name", positional). */
    @Test
    void test_standalone_bindparam_escape_underscoreName_positional() {
        assertStandaloneEscapePositional("_name");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("[BracketsAndCase]", positional). */
    @Test
    void test_standalone_bindparam_escape_brackets_positional() {
        assertStandaloneEscapePositional("[BracketsAndCase]");
    }

    /** BindParameterTest.test_standalone_bindparam_escape, ("has spaces", positional). */
    @Test
    void test_standalone_bindparam_escape_spaces_positional() {
        assertStandaloneEscapePositional("has spaces");
    }

    /** BindParameterTest.test_binds, fifth statement, positional form. */
    @Test
    void test_binds_stringPlusText_positional() {
        assertCompile(bindparam("test", Types.STRING).plus(text("'hi'")), "? || 'hi'", new SQLiteDialect());
    }
}
