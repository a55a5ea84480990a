package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.bindparam;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.extract;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Match;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code MatchExpressionTest}, {@code SQLTest}):
 * MySQL's full-text {@code MATCH (…) AGAINST (…)} with its search modes, and {@code EXTRACT}, in mysqlclient's
 * {@code format} paramstyle. Expected strings verbatim; each of SQLAlchemy's combinations is one test, numbered.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerMatchConformanceTest {
    private static final SqlAlchemyParamstyle MY = SqlAlchemyParamstyle.FORMAT;
    private final TableClause matchTable = table("user", col("firstname", Types.STRING),
            col("lastname", Types.STRING));
    private final TableClause matchtable = table("matchtable", col("title", Types.STRING));

    private static void my(ColumnElement<?> expr, String expected) {
        MY.assertCompile(expr, expected, TestDialects.MYSQL);
    }

    private Match names(Object against) {
        return Match.of(List.of(matchTable.c("firstname"), matchTable.c("lastname")), against);
    }

    /** MatchExpressionTest.test_match_expression_single_col: {@code mysql_boolean_mode=False}. */
    @Test
    void test_match_expression_single_col() {
        my(matchtable.c("title").match("somstr").booleanMode(false), "MATCH (matchtable.title) AGAINST (%s)");
    }

    /** MatchExpressionTest.test_match_expression_single_col: natural language mode. */
    @Test
    void test_match_expression_single_col_2() {
        my(matchtable.c("title").match("somstr").booleanMode(false).inNaturalLanguageMode(),
                "MATCH (matchtable.title) AGAINST (%s IN NATURAL LANGUAGE MODE)");
    }

    /** MatchExpressionTest.test_match_expression_single_col: query expansion. */
    @Test
    void test_match_expression_single_col_3() {
        my(matchtable.c("title").match("somstr").booleanMode(false).withQueryExpansion(),
                "MATCH (matchtable.title) AGAINST (%s WITH QUERY EXPANSION)");
    }

    /** MatchExpressionTest.test_match_expression_single_col: natural language mode with query expansion. */
    @Test
    void test_match_expression_single_col_4() {
        my(matchtable.c("title").match("somstr").booleanMode(false).inNaturalLanguageMode().withQueryExpansion(),
                "MATCH (matchtable.title) AGAINST (%s IN NATURAL LANGUAGE MODE WITH QUERY EXPANSION)");
    }

    /** MatchExpressionTest.test_match_expression_multiple_cols: no mode. */
    @Test
    void test_match_expression_multiple_cols() {
        my(names("Firstname Lastname"), "MATCH (user.firstname, user.lastname) AGAINST (%s)");
    }

    /** MatchExpressionTest.test_match_expression_multiple_cols: {@code in_boolean_mode()}. */
    @Test
    void test_match_expression_multiple_cols_2() {
        my(names("Firstname Lastname").inBooleanMode(),
                "MATCH (user.firstname, user.lastname) AGAINST (%s IN BOOLEAN MODE)");
    }

    /** MatchExpressionTest.test_match_expression_multiple_cols: {@code in_natural_language_mode()}. */
    @Test
    void test_match_expression_multiple_cols_3() {
        my(names("Firstname Lastname").inNaturalLanguageMode(),
                "MATCH (user.firstname, user.lastname) AGAINST (%s IN NATURAL LANGUAGE MODE)");
    }

    /** MatchExpressionTest.test_match_expression_multiple_cols: {@code with_query_expansion()}. */
    @Test
    void test_match_expression_multiple_cols_4() {
        my(names("Firstname Lastname").withQueryExpansion(),
                "MATCH (user.firstname, user.lastname) AGAINST (%s WITH QUERY EXPANSION)");
    }

    /** MatchExpressionTest.test_match_expression_multiple_cols: natural language mode with query expansion. */
    @Test
    void test_match_expression_multiple_cols_5() {
        my(names("Firstname Lastname").inNaturalLanguageMode().withQueryExpansion(),
                "MATCH (user.firstname, user.lastname) AGAINST (%s IN NATURAL LANGUAGE MODE WITH QUERY EXPANSION)");
    }

    /** MatchExpressionTest.test_match_expression_against_expr: a bindparam. */
    @Test
    void test_match_expression_against_expr() {
        my(names(bindparam("against_expr")), "MATCH (user.firstname, user.lastname) AGAINST (%s)");
    }

    /** MatchExpressionTest.test_match_expression_against_expr: an expression of columns. */
    @Test
    void test_match_expression_against_expr_2() {
        my(names(column("some col").plus(column("some other col"))),
                "MATCH (user.firstname, user.lastname) AGAINST (`some col` + `some other col`)");
    }

    /** MatchExpressionTest.test_match_expression_against_expr: a column plus a bindparam. */
    @Test
    void test_match_expression_against_expr_3() {
        my(names(column("some col").plus(bindparam("against_expr"))),
                "MATCH (user.firstname, user.lastname) AGAINST (`some col` + %s)");
    }

    /** MatchExpressionTest.test_cols_required. */
    @Test
    void test_cols_required() {
        assertThatThrownBy(() -> Match.of(List.of(), "Firstname Lastname")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("columns are required");
    }

    private void invalid(Match expr, String flags) {
        assertThatThrownBy(() -> Match.of(List.of(), "Firstname Lastname")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("columns are required");
        assertThatThrownBy(() -> select(matchTable.c("firstname")).where(expr).compile(TestDialects.MYSQL))
                .isInstanceOf(CompileError.class).hasMessageContaining("Invalid MySQL match flags: " + flags);
    }

    /** MatchExpressionTest.test_invalid_combinations: boolean mode with query expansion. */
    @Test
    void test_invalid_combinations() {
        invalid(names("Firstname Lastname").inBooleanMode().withQueryExpansion(),
                "in_boolean_mode=True, in_natural_language_mode=False, with_query_expansion=True");
    }

    /** MatchExpressionTest.test_invalid_combinations: boolean with natural language mode. */
    @Test
    void test_invalid_combinations_2() {
        invalid(names("Firstname Lastname").inBooleanMode().inNaturalLanguageMode(),
                "in_boolean_mode=True, in_natural_language_mode=True, with_query_expansion=False");
    }

    /** MatchExpressionTest.test_invalid_combinations: all three modes. */
    @Test
    void test_invalid_combinations_3() {
        invalid(names("Firstname Lastname").inBooleanMode().inNaturalLanguageMode().withQueryExpansion(),
                "in_boolean_mode=True, in_natural_language_mode=True, with_query_expansion=True");
    }

    /** MatchExpressionTest.test_match_operator. */
    @Test
    void test_match_operator() {
        my(matchtable.c("title").match("somstr"), "MATCH (matchtable.title) AGAINST (%s IN BOOLEAN MODE)");
    }

    /** SQLTest.test_extract: year, month, day, and milliseconds as MySQL's millisecond. */
    @Test
    void test_extract() {
        TableClause t = table("t", col("col1"));
        for (String field : List.of("year", "month", "day")) {
            MY.assertCompile(select(extract(field, t.c("col1"))),
                    "SELECT EXTRACT(" + field + " FROM t.col1) AS anon_1 FROM t", TestDialects.MYSQL);
        }
        MY.assertCompile(select(extract("milliseconds", t.c("col1"))),
                "SELECT EXTRACT(millisecond FROM t.col1) AS anon_1 FROM t", TestDialects.MYSQL);
    }
}
