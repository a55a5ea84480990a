package io.alchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.compiler.StatementCompiler;
import java.util.List;
import java.util.Map;

/**
 * The DB-API paramstyle a SQLAlchemy dialect test's expected strings are written in, for comparing them with what an
 * Alchemy dialect sends to JDBC. SQLAlchemy's MySQL tests compile for mysqlclient ({@code format}: {@code %s}), its
 * PostgreSQL tests for psycopg2 ({@code pyformat}: {@code %(name)s}), its SQLite tests for pysqlite ({@code qmark}:
 * {@code ?}, as JDBC). The compiled SQL's JDBC placeholders are written in the given style, one per bound slot in
 * order, before comparing; everything else in the SQL is compared as compiled. As SQLAlchemy does for the percent
 * paramstyles, a literal {@code %} is written {@code %%}. A {@code ??} (the PostgreSQL driver's escape of a literal
 * question mark) is a literal {@code ?}. Quoted strings and identifiers are left alone except for the doubled
 * percent. The comparison follows {@link AssertCompile}: newlines and tabs removed for a one-line expectation.
 */
public enum SqlAlchemyParamstyle {
    /** {@code ?} (pysqlite): JDBC's own. */
    QMARK,
    /** {@code %s} (mysqlclient, pymysql). */
    FORMAT,
    /** {@code %(name)s} (psycopg2). */
    PYFORMAT;

    /** The statement compiled for {@code dialect}, in this paramstyle, is {@code expectedSql}. */
    public Compiled assertCompile(Executable statement, String expectedSql, Dialect dialect) {
        return assertCompile(statement, expectedSql, dialect, CompileOptions.DEFAULT);
    }

    /** As {@link #assertCompile(Executable, String, Dialect)} with compile options ({@code literal_binds}). */
    public Compiled assertCompile(Executable statement, String expectedSql, Dialect dialect, CompileOptions options) {
        Compiled compiled = statement.compile(dialect, options);
        assertThat(comparable(render(compiled), expectedSql)).as("SQL on dialect %s (%s)", dialect.name(), this)
                .isEqualTo(expectedSql);
        return compiled;
    }

    /** As {@link #assertCompile(Executable, String, Dialect)}, with the values by name {@code checkparams}. */
    public Compiled assertCompile(Executable statement, String expectedSql, Map<String, ?> checkparams,
            Dialect dialect) {
        Compiled compiled = assertCompile(statement, expectedSql, dialect);
        assertThat(compiled.params()).as("checkparams on dialect %s", dialect.name()).isEqualTo(checkparams);
        return compiled;
    }

    /** As {@link #assertCompile(Executable, String, Dialect)}, with the values in placeholder order. */
    public Compiled assertCompile(Executable statement, String expectedSql, List<?> checkpositional,
            Dialect dialect) {
        Compiled compiled = assertCompile(statement, expectedSql, dialect);
        assertThat(compiled.binds()).extracting(BindSlot::value).as("checkpositional on dialect %s", dialect.name())
                .containsExactlyElementsOf(checkpositional);
        return compiled;
    }

    /** A column expression compiled on its own for {@code dialect}, in this paramstyle, is {@code expectedSql}. */
    public Compiled assertCompile(ColumnElement<?> expression, String expectedSql, Dialect dialect) {
        return assertCompile(expression, expectedSql, dialect, CompileOptions.DEFAULT);
    }

    /** As {@link #assertCompile(ColumnElement, String, Dialect)} with compile options. */
    public Compiled assertCompile(ColumnElement<?> expression, String expectedSql, Dialect dialect,
            CompileOptions options) {
        StatementCompiler compiler = (StatementCompiler) dialect.statementCompiler(options);
        Compiled compiled = compiler.displayCompiled(expression);
        assertThat(comparable(render(compiled), expectedSql)).as("SQL on dialect %s (%s)", dialect.name(), this)
                .isEqualTo(expectedSql);
        return compiled;
    }

    /** The compiled SQL with its JDBC placeholders in this paramstyle. */
    public String render(Compiled compiled) {
        String sql = compiled.sql();
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int slot = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '%' && this != QMARK) {
                out.append("%%");
            } else if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '?' && i + 1 < sql.length() && sql.charAt(i + 1) == '?') {
                out.append('?');
                i++;
            } else if (c == '?') {
                if (slot >= compiled.binds().size()) {
                    throw new AssertionError("More placeholders than bound slots in: " + sql);
                }
                out.append(placeholder(compiled.binds().get(slot++).name()));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String placeholder(String name) {
        return switch (this) {
            case QMARK -> "?";
            case FORMAT -> "%s";
            case PYFORMAT -> "%(" + name + ")s";
        };
    }

    private static String comparable(String sql, String expected) {
        return expected.indexOf('\n') >= 0 ? sql : sql.replace("\n", "").replace("\t", "");
    }
}
