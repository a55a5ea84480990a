package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.extract;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/sqlite/test_compiler.py} ({@code SQLTest}): {@code extract} as SQLite's
 * {@code CAST(STRFTIME(format, x) AS INTEGER)}, and SQLite's spelling of {@code localtimestamp}. Expected strings
 * verbatim.
 */
@PortedFrom("test/dialect/sqlite/test_compiler.py")
class TestSqliteCompilerExtractConformanceTest {
    private static final SqlAlchemyParamstyle Q = SqlAlchemyParamstyle.QMARK;

    /** SQLTest.test_extract: every field SQLite has, with its STRFTIME format. */
    @Test
    void test_extract() {
        TableClause t = table("t", col("col1"));
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("month", "%m");
        mapping.put("day", "%d");
        mapping.put("year", "%Y");
        mapping.put("second", "%S");
        mapping.put("hour", "%H");
        mapping.put("doy", "%j");
        mapping.put("minute", "%M");
        mapping.put("epoch", "%s");
        mapping.put("dow", "%w");
        mapping.put("week", "%W");
        mapping.forEach((field, subst) -> Q.assertCompile(select(extract(field, t.c("col1"))),
                "SELECT CAST(STRFTIME('" + subst + "', t.col1) AS INTEGER) AS anon_1 FROM t", TestDialects.SQLITE));
        // a field SQLite cannot extract is refused, as SQLAlchemy's dialect does
        assertThatThrownBy(() -> select(extract("quarter", t.c("col1"))).compile(TestDialects.SQLITE))
                .isInstanceOf(CompileError.class).hasMessageContaining("quarter is not a valid extract argument.");
    }

    /** SQLTest.test_localtime: SQLite has no LOCALTIMESTAMP. */
    @Test
    void test_localtime() {
        Q.assertCompile(func.call("localtimestamp"), "DATETIME(CURRENT_TIMESTAMP, 'localtime')", TestDialects.SQLITE);
    }
}
