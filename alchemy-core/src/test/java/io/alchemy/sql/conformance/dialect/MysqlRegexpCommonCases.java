package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.literal;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py}'s {@code RegexpCommon}: the regular-expression cases
 * that {@code RegexpTestMySql} and {@code RegexpTestMariaDb} both run, each compiled with the subclass's dialect in
 * mysqlclient's {@code format} paramstyle. Expected strings and positional parameters verbatim.
 */
abstract class MysqlRegexpCommonCases {
    private static final SqlAlchemyParamstyle MY = SqlAlchemyParamstyle.FORMAT;
    protected final TableClause table = table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING));

    /** The dialect the cases compile with. */
    protected abstract Dialect dialect();

    /** Asserts {@code expr} compiles to {@code expected} with the bound values {@code checkpositional}, in order. */
    protected void my(ColumnElement<?> expr, String expected, Object... checkpositional) {
        assertThat(MY.assertCompile(expr, expected, dialect()).binds()).extracting(BindSlot::value)
                .containsExactly(checkpositional);
    }

    /** RegexpCommon.test_regexp_match. */
    @Test
    void test_regexp_match() {
        my(table.c("myid").regexpMatch("pattern"), "mytable.myid REGEXP %s", "pattern");
    }

    /** RegexpCommon.test_regexp_match_column. */
    @Test
    void test_regexp_match_column() {
        my(table.c("myid").regexpMatch(table.c("name")), "mytable.myid REGEXP mytable.name");
    }

    /** RegexpCommon.test_regexp_match_str. */
    @Test
    void test_regexp_match_str() {
        my(literal("string").regexpMatch(table.c("name")), "%s REGEXP mytable.name", "string");
    }

    /** RegexpCommon.test_not_regexp_match. */
    @Test
    void test_not_regexp_match() {
        my(table.c("myid").regexpMatch("pattern").not(), "mytable.myid NOT REGEXP %s", "pattern");
    }

    /** RegexpCommon.test_not_regexp_match_column. */
    @Test
    void test_not_regexp_match_column() {
        my(table.c("myid").regexpMatch(table.c("name")).not(), "mytable.myid NOT REGEXP mytable.name");
    }

    /** RegexpCommon.test_not_regexp_match_str. */
    @Test
    void test_not_regexp_match_str() {
        my(literal("string").regexpMatch(table.c("name")).not(), "%s NOT REGEXP mytable.name", "string");
    }

    /** RegexpCommon.test_regexp_replace. */
    @Test
    void test_regexp_replace() {
        my(table.c("myid").regexpReplace("pattern", "replacement"), "REGEXP_REPLACE(mytable.myid, %s, %s)", "pattern", "replacement");
    }

    /** RegexpCommon.test_regexp_replace_column. */
    @Test
    void test_regexp_replace_column() {
        my(table.c("myid").regexpReplace("pattern", table.c("name")), "REGEXP_REPLACE(mytable.myid, %s, mytable.name)", "pattern");
    }

    /** RegexpCommon.test_regexp_replace_column2. */
    @Test
    void test_regexp_replace_column2() {
        my(table.c("myid").regexpReplace(table.c("name"), "replacement"), "REGEXP_REPLACE(mytable.myid, mytable.name, %s)", "replacement");
    }

    /** RegexpCommon.test_regexp_replace_string. */
    @Test
    void test_regexp_replace_string() {
        my(literal("string").regexpReplace("pattern", table.c("name")), "REGEXP_REPLACE(%s, %s, mytable.name)", "string", "pattern");
    }
}
