package io.alchemy.sql.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.testing.AssertCompile;
import io.alchemy.types.Types;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shorthands for ported SQLAlchemy cases: {@code column("x")} (untyped, as SQLAlchemy's {@code column()}),
 * {@code b"y"} values, {@code checkparams} maps compared by content (byte arrays included), and assertions on a named
 * dialect. On a dialect, SQLAlchemy's DBAPI placeholders ({@code %s}, {@code %(name)s}, {@code %%}) are written as
 * the JDBC {@code ?} and {@code %} that dialect sends: the placeholder style is the DBAPI's, the SQL is unchanged.
 */
final class Ported {
    private Ported() {
    }

    /** SQLAlchemy's {@code column(name)}: no table, no type. */
    static ColumnClause<Object> col(String name) {
        return new ColumnClause<>(name, Types.NULLTYPE);
    }

    /** SQLAlchemy's {@code column(name, type)}. */
    static <T> ColumnClause<T> col(String name, io.alchemy.types.SqlType<T> type) {
        return new ColumnClause<>(name, type);
    }

    /** Python's {@code b"..."}. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code checkparams} dict: name, value pairs (values may be null). */
    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The FROM element (a join, alias, subquery) compiled on its own for display is {@code sql}. */
    static void assertCompile(io.alchemy.sql.FromClause from, String sql) {
        assertCompileOn(from, sql, GenericDialect.INSTANCE);
    }

    /** The FROM element compiled on its own for {@code dialect} is {@code sql}. */
    static void assertCompileOn(io.alchemy.sql.FromClause from, String sql, Dialect dialect) {
        String actual = dialect.statementCompiler(CompileOptions.DEFAULT).display(from);
        assertThat(sql.indexOf('\n') >= 0 ? actual : actual.replace("\n", "").replace("\t", ""))
                .as("SQL on dialect %s", dialect.name()).isEqualTo(sql);
    }

    /** The statement prints as {@code sql}. */
    static void assertCompile(Executable statement, String sql) {
        AssertCompile.assertCompile(statement, sql);
    }

    /** The expression prints as {@code sql}. */
    static void assertCompile(ColumnElement<?> expression, String sql) {
        AssertCompile.assertCompile(expression, sql);
    }

    /** The expression prints as {@code sql} and binds {@code checkparams}. */
    static void assertCompileParams(ColumnElement<?> expression, String sql, Map<String, ?> checkparams) {
        AssertCompile.assertCompile(expression, sql);
        assertParams(Alchemy.select(expression).compile(GenericDialect.INSTANCE).params(), checkparams);
    }

    /** The statement prints as {@code sql} and binds {@code checkparams}. */
    static void assertCompileParams(Executable statement, String sql, Map<String, ?> checkparams) {
        AssertCompile.assertCompile(statement, sql);
        assertParams(statement.compile(GenericDialect.INSTANCE).params(), checkparams);
    }

    /** The expression compiled for {@code dialect} is {@code sql}. */
    static void assertCompileOn(ColumnElement<?> expression, String sql, Dialect dialect) {
        AssertCompile.assertCompile(expression, sql, dialect);
    }

    /** The expression compiled for {@code dialect} is {@code sql}, binding {@code checkparams}. */
    static void assertCompileOn(ColumnElement<?> expression, String sql, Dialect dialect, Map<String, ?> checkparams) {
        AssertCompile.assertCompile(expression, sql, dialect);
        assertParams(Alchemy.select(expression).compile(dialect).params(), checkparams);
    }

    /** The statement compiled for {@code dialect} is {@code sql}. */
    static void assertCompileOn(Executable statement, String sql, Dialect dialect) {
        AssertCompile.assertCompile(statement, sql, dialect);
    }

    /** The statement compiled for {@code dialect} is {@code sql}, binding {@code checkparams}. */
    static void assertCompileOn(Executable statement, String sql, Dialect dialect, Map<String, ?> checkparams) {
        Compiled compiled = AssertCompile.assertCompile(statement, sql, dialect);
        assertParams(compiled.params(), checkparams);
    }

    /** The statement compiled with literal binds (SQLAlchemy's {@code literal_binds=True}) is {@code sql}. */
    static void assertCompileLiteral(Executable statement, String sql) {
        AssertCompile.assertCompile(statement, sql, GenericDialect.INSTANCE, CompileOptions.literalBinds());
    }

    private static void assertParams(Map<String, ?> actual, Map<String, ?> expected) {
        assertThat(comparable(actual)).as("checkparams").isEqualTo(comparable(expected));
    }

    private static Map<String, Object> comparable(Map<String, ?> params) {
        Map<String, Object> map = new LinkedHashMap<>();
        params.forEach((k, v) -> map.put(k, comparableValue(v)));
        return map;
    }

    private static Object comparableValue(Object value) {
        if (value instanceof byte[] array) {
            return "bytes:" + new String(array, StandardCharsets.UTF_8);
        }
        if (value instanceof java.util.Collection<?> c) {
            List<Object> list = new ArrayList<>();
            c.forEach(e -> list.add(comparableValue(e)));
            return list;
        }
        return value;
    }
}
