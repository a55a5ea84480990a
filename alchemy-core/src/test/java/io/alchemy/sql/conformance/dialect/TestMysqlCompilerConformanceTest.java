package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.mysql.MySQLDml;
import io.alchemy.dialect.mysql.MySQLInsert;
import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ForUpdate;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code CompileTest}, {@code SQLTest},
 * {@code InsertOnDuplicateTest}): the MySQL dialect's SQL, compared in mysqlclient's {@code format} paramstyle
 * ({@link SqlAlchemyParamstyle}). Expected strings verbatim.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerConformanceTest {
    private static final SqlAlchemyParamstyle MY = SqlAlchemyParamstyle.FORMAT;

    private static void my(io.alchemy.sql.Executable stmt, String expected) {
        MY.assertCompile(stmt, expected, TestDialects.MYSQL);
    }

    private static void my(io.alchemy.sql.ColumnElement<?> expr, String expected) {
        MY.assertCompile(expr, expected, TestDialects.MYSQL);
    }

    /** CompileTest.test_concat_compile_kw. */
    @Test
    void test_concat_compile_kw() {
        MY.assertCompile(literal("x", Types.STRING).concat(literal("y", Types.STRING)), "concat('x', 'y')",
                TestDialects.MYSQL, CompileOptions.literalBinds());
    }

    /** CompileTest.test_mariadb_for_update: MariaDB has no FOR UPDATE OF. */
    @Test
    void test_mariadb_for_update() {
        TableClause table1 = table("mytable", col("myid"), col("name"), col("description"));
        MY.assertCompile(select(table1).where(table1.c("myid").eq(7)).forUpdate(ForUpdate.UPDATE.of(table1)),
                "SELECT mytable.myid, mytable.name, mytable.description FROM mytable WHERE mytable.myid = %s "
                        + "FOR UPDATE", TestDialects.MARIADB);
    }

    /** CompileTest.test_delete_extra_froms. */
    @Test
    void test_delete_extra_froms() {
        TableClause t1 = table("t1", col("c1"));
        TableClause t2 = table("t2", col("c1"));
        my(delete(t1).where(t1.c("c1").eq(t2.c("c1"))), "DELETE FROM t1 USING t1, t2 WHERE t1.c1 = t2.c1");
    }

    /** CompileTest.test_groupby_rollup. */
    @Test
    void test_groupby_rollup() {
        TableClause t = table("tt", col("foo"), col("bar"));
        my(select(t.c("foo")).groupBy(func.call("rollup", t.c("foo"), t.c("bar"))),
                "SELECT tt.foo FROM tt GROUP BY tt.foo, tt.bar WITH ROLLUP");
    }

    /** SQLTest.test_precolumns: plain and DISTINCT. */
    @Test
    void test_precolumns() {
        my(select(column("q")), "SELECT q");
        my(select(column("q")).distinct(), "SELECT DISTINCT q");
    }

    private final TableClause t = table("t", col("col1"), col("col2"));

    /** SQLTest.test_limit: LIMIT and OFFSET. */
    @Test
    void test_limit() {
        MY.assertCompile(select(t).limit(10).offset(20), "SELECT t.col1, t.col2 FROM t  LIMIT %s, %s",
                Map.of("param_1", 20, "param_2", 10), TestDialects.MYSQL);
    }

    /** SQLTest.test_limit: LIMIT alone. */
    @Test
    void test_limit_2() {
        MY.assertCompile(select(t).limit(10), "SELECT t.col1, t.col2 FROM t  LIMIT %s", Map.of("param_1", 10),
                TestDialects.MYSQL);
    }

    /** SQLTest.test_limit: OFFSET alone. */
    @Test
    void test_limit_3() {
        MY.assertCompile(select(t).offset(10), "SELECT t.col1, t.col2 FROM t  LIMIT %s, 18446744073709551615",
                Map.of("param_1", 10), TestDialects.MYSQL);
    }

    /** SQLTest.test_update_limit: without a limit. */
    @Test
    void test_update_limit() {
        my(update(t).values(Map.of("col1", 123)), "UPDATE t SET col1=%s");
    }

    /** SQLTest.test_delete_limit: without a limit. */
    @Test
    void test_delete_limit() {
        my(delete(t), "DELETE FROM t");
    }

    /** SQLTest.test_utc_timestamp. */
    @Test
    void test_utc_timestamp() {
        my(func.call("utc_timestamp"), "utc_timestamp()");
    }

    /** SQLTest.test_utc_timestamp_fsp. */
    @Test
    void test_utc_timestamp_fsp() {
        my(func.call("utc_timestamp", 5), "utc_timestamp(%s)");
    }

    private void cast(SqlType<?> type, String expected) {
        TableClause tc = table("t", col("col"));
        my(io.alchemy.Alchemy.cast(tc.c("col"), type), expected);
    }

    /** SQLTest.test_cast: Integer. */
    @Test
    void test_cast_integer() {
        cast(Types.INTEGER, "CAST(t.col AS SIGNED INTEGER)");
    }

    /** SQLTest.test_cast: SmallInteger. */
    @Test
    void test_cast_smallinteger() {
        cast(Types.SMALLINT, "CAST(t.col AS SIGNED INTEGER)");
    }

    /** SQLTest.test_cast: BigInteger. */
    @Test
    void test_cast_biginteger() {
        cast(Types.BIGINT, "CAST(t.col AS SIGNED INTEGER)");
    }

    /** SQLTest.test_cast: Numeric. */
    @Test
    void test_cast_numeric() {
        cast(Types.NUMERIC, "CAST(t.col AS DECIMAL)");
    }

    /** SQLTest.test_cast: DateTime. SQLAlchemy: {@code CAST(t.col AS DATETIME)}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#mysql-cast-fractional-seconds",
            value = "CAST to a date-time or time keeps microseconds: DATETIME(6), TIME(6)")
    void test_cast_datetime() {
        cast(Types.DATETIME, "CAST(t.col AS DATETIME(6))");
    }

    /** SQLTest.test_cast: Date. */
    @Test
    void test_cast_date() {
        cast(Types.DATE, "CAST(t.col AS DATE)");
    }

    /** SQLTest.test_cast: Time. SQLAlchemy: {@code CAST(t.col AS TIME)}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#mysql-cast-fractional-seconds",
            value = "CAST to a date-time or time keeps microseconds: DATETIME(6), TIME(6)")
    void test_cast_time() {
        cast(Types.TIME, "CAST(t.col AS TIME(6))");
    }

    /** SQLTest.test_cast: String. */
    @Test
    void test_cast_string() {
        cast(Types.STRING, "CAST(t.col AS CHAR)");
    }

    /** SQLTest.test_cast: UnicodeText / TEXT. */
    @Test
    void test_cast_text() {
        cast(Types.TEXT, "CAST(t.col AS CHAR)");
    }

    /** SQLTest.test_cast: String(32). */
    @Test
    void test_cast_string_32() {
        cast(Types.string(32), "CAST(t.col AS CHAR(32))");
    }

    /** SQLTest.test_cast: CHAR(32). */
    @Test
    void test_cast_char_32() {
        cast(Types.character(32), "CAST(t.col AS CHAR(32))");
    }

    /** SQLTest.test_cast: LargeBinary. */
    @Test
    void test_cast_largebinary() {
        cast(Types.LARGE_BINARY, "CAST(t.col AS BINARY)");
    }

    /** SQLTest.test_cast_literal_bind. */
    @Test
    void test_cast_literal_bind() {
        MY.assertCompile(io.alchemy.Alchemy.cast(col("foo", Types.INTEGER).plus(5), Types.INTEGER),
                "CAST(foo + 5 AS SIGNED INTEGER)", TestDialects.MYSQL, CompileOptions.literalBinds());
    }

    /** SQLTest.test_unsupported_casts: Boolean has no CAST on MySQL. */
    @Test
    void test_unsupported_casts_boolean() {
        cast(Types.BOOLEAN, "t.col");
    }

    /** SQLTest.test_float_cast: Float on MySQL 8. */
    @Test
    void test_float_cast() {
        cast(Types.FLOAT, "CAST(t.col AS FLOAT)");
    }

    /** SQLTest.test_float_cast: Double on MySQL 8. */
    @Test
    void test_float_cast_double() {
        cast(Types.DOUBLE, "CAST(t.col AS DOUBLE)");
    }

    /** SQLTest.test_float_cast: Float on MariaDB. */
    @Test
    void test_float_cast_mariadb() {
        TableClause tc = table("t", col("col"));
        MY.assertCompile(io.alchemy.Alchemy.cast(tc.c("col"), Types.FLOAT), "CAST(t.col AS FLOAT)",
                TestDialects.MARIADB);
    }

    /** SQLTest.test_inner_join. */
    @Test
    void test_inner_join() {
        TableClause t1 = table("t1", col("x"));
        TableClause t2 = table("t2", col("y"));
        my(select(t1.c("x")).selectFrom(t1.join(t2, t1.c("x").eq(t2.c("y")))),
                "SELECT t1.x FROM t1 INNER JOIN t2 ON t1.x = t2.y");
    }

    /** SQLTest.test_outer_join. */
    @Test
    void test_outer_join() {
        TableClause t1 = table("t1", col("x"));
        TableClause t2 = table("t2", col("y"));
        my(select(t1.c("x")).selectFrom(t1.outerjoin(t2, t1.c("x").eq(t2.c("y")))),
                "SELECT t1.x FROM t1 LEFT OUTER JOIN t2 ON t1.x = t2.y");
    }

    private final Table foos = new MetaData().table("foos", column("id", Types.INTEGER).primaryKey(),
            column("bar", Types.string(10)), column("baz", Types.string(10)));

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private MySQLInsert twoRows() {
        return MySQLDml.insert(foos).values(List.of(row("id", 1, "bar", "ab"), row("id", 2, "bar", "b")));
    }

    /** InsertOnDuplicateTest.test_no_call_twice. */
    @Test
    void test_no_call_twice() {
        MySQLInsert stmt = twoRows();
        MySQLInsert once = stmt.onDuplicateKeyUpdate(row("bar", stmt.inserted().c("bar"), "baz",
                stmt.inserted().c("baz")));
        assertThatThrownBy(() -> once.onDuplicateKeyUpdate(row("bar", stmt.inserted().c("bar"))))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("This Insert construct already has an ON DUPLICATE KEY clause present");
    }

    /** InsertOnDuplicateTest.test_from_values, all_others (VALUES()). */
    @Test
    void test_from_values() {
        MySQLInsert stmt = twoRows();
        my(stmt.onDuplicateKeyUpdate(row("bar", stmt.inserted().c("bar"), "baz", stmt.inserted().c("baz"))),
                "INSERT INTO foos (id, bar) VALUES (%s, %s), (%s, %s) "
                        + "ON DUPLICATE KEY UPDATE bar = VALUES(bar), baz = VALUES(baz)");
    }

    /** InsertOnDuplicateTest.test_from_literal. */
    @Test
    void test_from_literal() {
        my(twoRows().onDuplicateKeyUpdate(row("bar", literalColumn("bb"))),
                "INSERT INTO foos (id, bar) VALUES (%s, %s), (%s, %s) ON DUPLICATE KEY UPDATE bar = bb");
    }

    /** InsertOnDuplicateTest.test_python_values. */
    @Test
    void test_python_values() {
        my(twoRows().onDuplicateKeyUpdate(row("bar", "foobar")),
                "INSERT INTO foos (id, bar) VALUES (%s, %s), (%s, %s) ON DUPLICATE KEY UPDATE bar = %s");
    }

    /**
     * InsertOnDuplicateTest.test_update_sql_expr, all_others. SQLAlchemy: {@code INSERT INTO foos (id, bar) VALUES
     * (%s, %s), (%s, %s) ON DUPLICATE KEY UPDATE bar = coalesce(VALUES(bar)), baz = (concat(VALUES(baz), %s,
     * VALUES(bar)))}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#mysql-concat-nested",
            value = "a chain of concatenations renders nested concat(concat(a, b), c), not concat(a, b, c); the "
                    + "literal next to inserted().c(\"baz\") is named VALUES_1, not baz_1")
    void test_update_sql_expr() {
        MySQLInsert stmt = twoRows();
        MY.assertCompile(stmt.onDuplicateKeyUpdate(row("bar", func.coalesce(stmt.inserted().c("bar")),
                        "baz", stmt.inserted().c("baz").concat("some literal").concat(stmt.inserted().c("bar")))),
                "INSERT INTO foos (id, bar) VALUES (%s, %s), (%s, %s) ON DUPLICATE KEY UPDATE "
                        + "bar = coalesce(VALUES(bar)), baz = (concat(concat(VALUES(baz), %s), VALUES(bar)))",
                Map.of("id_m0", 1, "bar_m0", "ab", "id_m1", 2, "bar_m1", "b", "VALUES_1", "some literal"),
                TestDialects.MYSQL);
    }

    /** InsertOnDuplicateTest.test_on_update_instrumented_attribute_dict (a column key, a reserved table name). */
    @Test
    void test_on_update_instrumented_attribute_dict() {
        Table tbl = new MetaData().table("table", column("foo", Types.INTEGER).primaryKey());
        MY.assertCompile(MySQLDml.insert(tbl).values(Map.of("foo", 1)).onDuplicateKeyUpdate(Map.of(tbl.c("foo"), 2)),
                "INSERT INTO `table` (foo) VALUES (%s) ON DUPLICATE KEY UPDATE foo = %s",
                Map.of("foo", 1, "param_1", 2), TestDialects.MYSQL);
    }

    /** SQLTest.test_backslash_escaping: MySQL's strings escape a backslash. */
    @Test
    void test_backslash_escaping() {
        my(column("foo").like("bar", '\\'), "foo LIKE %s ESCAPE '\\\\'");
    }

}
