package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.literal;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/sqlite/test_compiler.py} ({@code RegexpTest}): {@code regexp_match} as
 * SQLite's {@code REGEXP} operator, in pysqlite's {@code qmark} paramstyle; SQLite has no {@code REGEXP_REPLACE}.
 * Expected strings and positional parameters verbatim.
 */
@PortedFrom("test/dialect/sqlite/test_compiler.py")
class TestSqliteCompilerRegexpConformanceTest {
    private static final SqlAlchemyParamstyle Q = SqlAlchemyParamstyle.QMARK;
    private final TableClause table = table("mytable", col("myid", Types.STRING), col("name", Types.STRING));

    private static void lite(ColumnElement<?> expr, String expected, Object... checkpositional) {
        assertThat(Q.assertCompile(expr, expected, TestDialects.SQLITE).binds()).extracting(BindSlot::value)
                .containsExactly(checkpositional);
    }

    /** RegexpTest.test_regexp_match. */
    @Test
    void test_regexp_match() {
        lite(table.c("myid").regexpMatch("pattern"), "mytable.myid REGEXP ?", "pattern");
    }

    /** RegexpTest.test_regexp_match_column. */
    @Test
    void test_regexp_match_column() {
        lite(table.c("myid").regexpMatch(table.c("name")), "mytable.myid REGEXP mytable.name");
    }

    /** RegexpTest.test_regexp_match_str. */
    @Test
    void test_regexp_match_str() {
        lite(literal("string").regexpMatch(table.c("name")), "? REGEXP mytable.name", "string");
    }

    /**
     * RegexpTest.test_regexp_match_flags. SQLAlchemy: {@code mytable.myid REGEXP ?}, the flags dropped.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#sqlite-regexp-flags",
            value = "regular expression flags are refused with a CompileError instead of being dropped")
    void test_regexp_match_flags() {
        assertThatThrownBy(() -> Q.assertCompile(table.c("myid").regexpMatch("pattern", "ig"), "",
                TestDialects.SQLITE)).isInstanceOf(CompileError.class)
                .hasMessageContaining("sqlite dialect does not support regular expression flags (got 'ig')");
    }

    /** RegexpTest.test_not_regexp_match. */
    @Test
    void test_not_regexp_match() {
        lite(table.c("myid").regexpMatch("pattern").not(), "mytable.myid NOT REGEXP ?", "pattern");
    }

    /**
     * RegexpTest.test_not_regexp_match_flags. SQLAlchemy: {@code mytable.myid NOT REGEXP ?}, the flags dropped.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#sqlite-regexp-flags",
            value = "regular expression flags are refused with a CompileError instead of being dropped")
    void test_not_regexp_match_flags() {
        assertThatThrownBy(() -> select(table.c("myid")).where(table.c("myid").regexpMatch("pattern", "ig").not())
                .compile(TestDialects.SQLITE)).isInstanceOf(CompileError.class)
                .hasMessageContaining("sqlite dialect does not support regular expression flags (got 'ig')");
    }

    /** RegexpTest.test_not_regexp_match_column. */
    @Test
    void test_not_regexp_match_column() {
        lite(table.c("myid").regexpMatch(table.c("name")).not(), "mytable.myid NOT REGEXP mytable.name");
    }

    /** RegexpTest.test_not_regexp_match_str. */
    @Test
    void test_not_regexp_match_str() {
        lite(literal("string").regexpMatch(table.c("name")).not(), "? NOT REGEXP mytable.name", "string");
    }

    /** RegexpTest.test_regexp_replace: SQLite has no REGEXP_REPLACE. */
    @Test
    void test_regexp_replace() {
        assertThatThrownBy(() -> select(table.c("myid").regexpReplace("pattern", "rep")).compile(TestDialects.SQLITE))
                .isInstanceOf(CompileError.class)
                .hasMessageContaining("sqlite dialect does not support regular expression replacements");
    }
}
