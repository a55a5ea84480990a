package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.literal;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code RegexpTest}): {@code regexp_match} as
 * {@code ~}, {@code ~*}, {@code !~}, {@code !~*} and {@code regexp_replace} as {@code REGEXP_REPLACE}, in psycopg2's
 * {@code pyformat} paramstyle. Expected strings and parameters verbatim.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerRegexpConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;
    private final TableClause table = table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING));

    private static void pg(ColumnElement<?> expr, String expected, Map<String, ?> checkparams) {
        assertThat(PG.assertCompile(expr, expected, TestDialects.POSTGRESQL).params()).isEqualTo(checkparams);
    }

    /** RegexpTest.test_regexp_match. */
    @Test
    void test_regexp_match() {
        pg(table.c("myid").regexpMatch("pattern"), "mytable.myid ~ %(myid_1)s", Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_regexp_match_column. */
    @Test
    void test_regexp_match_column() {
        pg(table.c("myid").regexpMatch(table.c("name")), "mytable.myid ~ mytable.name", Map.of());
    }

    /** RegexpTest.test_regexp_match_str. */
    @Test
    void test_regexp_match_str() {
        pg(literal("string").regexpMatch(table.c("name")), "%(param_1)s ~ mytable.name",
                Map.of("param_1", "string"));
    }

    /** RegexpTest.test_regexp_match_flags. */
    @Test
    void test_regexp_match_flags() {
        pg(table.c("myid").regexpMatch("pattern", "ig"), "mytable.myid ~ CONCAT('(?', 'ig', ')', %(myid_1)s)",
                Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_regexp_match_flags_ignorecase. */
    @Test
    void test_regexp_match_flags_ignorecase() {
        pg(table.c("myid").regexpMatch("pattern", "i"), "mytable.myid ~* %(myid_1)s", Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_not_regexp_match. */
    @Test
    void test_not_regexp_match() {
        pg(table.c("myid").regexpMatch("pattern").not(), "mytable.myid !~ %(myid_1)s", Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_not_regexp_match_column. */
    @Test
    void test_not_regexp_match_column() {
        pg(table.c("myid").regexpMatch(table.c("name")).not(), "mytable.myid !~ mytable.name", Map.of());
    }

    /** RegexpTest.test_not_regexp_match_str. */
    @Test
    void test_not_regexp_match_str() {
        pg(literal("string").regexpMatch(table.c("name")).not(), "%(param_1)s !~ mytable.name",
                Map.of("param_1", "string"));
    }

    /** RegexpTest.test_not_regexp_match_flags. */
    @Test
    void test_not_regexp_match_flags() {
        pg(table.c("myid").regexpMatch("pattern", "ig").not(),
                "mytable.myid !~ CONCAT('(?', 'ig', ')', %(myid_1)s)", Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_not_regexp_match_flags_ignorecase. */
    @Test
    void test_not_regexp_match_flags_ignorecase() {
        pg(table.c("myid").regexpMatch("pattern", "i").not(), "mytable.myid !~* %(myid_1)s",
                Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_regexp_replace. */
    @Test
    void test_regexp_replace() {
        pg(table.c("myid").regexpReplace("pattern", "replacement"),
                "REGEXP_REPLACE(mytable.myid, %(myid_1)s, %(myid_2)s)",
                Map.of("myid_1", "pattern", "myid_2", "replacement"));
    }

    /** RegexpTest.test_regexp_replace_column. */
    @Test
    void test_regexp_replace_column() {
        pg(table.c("myid").regexpReplace("pattern", table.c("name")),
                "REGEXP_REPLACE(mytable.myid, %(myid_1)s, mytable.name)", Map.of("myid_1", "pattern"));
    }

    /** RegexpTest.test_regexp_replace_column2. */
    @Test
    void test_regexp_replace_column2() {
        pg(table.c("myid").regexpReplace(table.c("name"), "replacement"),
                "REGEXP_REPLACE(mytable.myid, mytable.name, %(myid_1)s)", Map.of("myid_1", "replacement"));
    }

    /** RegexpTest.test_regexp_replace_string. */
    @Test
    void test_regexp_replace_string() {
        pg(literal("string").regexpReplace("pattern", table.c("name")),
                "REGEXP_REPLACE(%(param_1)s, %(param_2)s, mytable.name)",
                Map.of("param_2", "pattern", "param_1", "string"));
    }

    /** RegexpTest.test_regexp_replace_flags. */
    @Test
    void test_regexp_replace_flags() {
        pg(table.c("myid").regexpReplace("pattern", "replacement", "ig"),
                "REGEXP_REPLACE(mytable.myid, %(myid_1)s, %(myid_2)s, 'ig')",
                Map.of("myid_1", "pattern", "myid_2", "replacement"));
    }

    /** RegexpTest.test_regexp_replace_flags_safestring. */
    @Test
    void test_regexp_replace_flags_safestring() {
        pg(table.c("myid").regexpReplace("pattern", "replacement", "i'g"),
                "REGEXP_REPLACE(mytable.myid, %(myid_1)s, %(myid_2)s, 'i''g')",
                Map.of("myid_1", "pattern", "myid_2", "replacement"));
    }
}
