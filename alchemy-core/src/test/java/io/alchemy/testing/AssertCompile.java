package io.alchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's {@code assert_compile} for Java tests: compiles a statement (or a column expression) and checks the
 * SQL string, and optionally the bound values by name ({@code checkparams}) or in placeholder order
 * ({@code checkpositional}). Without a dialect the statement is compiled as it prints ({@code toString()}, SQLAlchemy's
 * default dialect: {@code :name} placeholders); with one, the SQL is what that dialect sends to JDBC. As SQLAlchemy's
 * does, a one-line expected string is compared with the SQL's newlines and tabs removed
 * ({@code re.sub(r"[\n\t]", "", str(c))}), so the expected strings of SQLAlchemy's own test files are used as written;
 * an expected string that has newlines is compared exactly (SQLAlchemy's printed form, {@code print(stmt)}).
 * Statement overloads return the {@link Compiled} form for further checks.
 */
public final class AssertCompile {
    private AssertCompile() {
    }

    /** The statement's printed form ({@code str(stmt)}) is {@code expectedSql}. */
    public static void assertCompile(Executable statement, String expectedSql) {
        assertThat(comparable(statement.toString(), expectedSql)).as("printed form (default dialect)")
                .isEqualTo(expectedSql);
    }

    /** The statement's printed form is {@code expectedSql} and its values by name are {@code checkparams}. */
    public static Compiled assertCompile(Executable statement, String expectedSql, Map<String, ?> checkparams) {
        assertCompile(statement, expectedSql);
        Compiled compiled = statement.compile(GenericDialect.INSTANCE);
        assertThat(compiled.params()).as("checkparams (default dialect)").isEqualTo(checkparams);
        return compiled;
    }

    /** The statement compiled for {@code dialect} is {@code expectedSql}. */
    public static Compiled assertCompile(Executable statement, String expectedSql, Dialect dialect) {
        return assertCompile(statement, expectedSql, dialect, CompileOptions.DEFAULT);
    }

    /**
     * The statement compiled for {@code dialect} with {@code options} (SQLAlchemy's {@code column_keys},
     * {@code literal_binds}) is {@code expectedSql}.
     */
    public static Compiled assertCompile(Executable statement, String expectedSql, Dialect dialect,
            CompileOptions options) {
        Compiled compiled = statement.compile(dialect, options);
        assertThat(comparable(compiled.sql(), expectedSql)).as("SQL on dialect %s", dialect.name())
                .isEqualTo(expectedSql);
        return compiled;
    }

    /** The statement compiled for {@code dialect} is {@code expectedSql}, with values by name {@code checkparams}. */
    public static Compiled assertCompile(Executable statement, String expectedSql, Map<String, ?> checkparams,
            Dialect dialect) {
        Compiled compiled = assertCompile(statement, expectedSql, dialect);
        assertThat(compiled.params()).as("checkparams on dialect %s", dialect.name()).isEqualTo(checkparams);
        return compiled;
    }

    /**
     * The statement compiled for {@code dialect} is {@code expectedSql}, with the values {@code checkpositional}
     * in placeholder order.
     */
    public static Compiled assertCompile(Executable statement, String expectedSql, List<?> checkpositional,
            Dialect dialect) {
        Compiled compiled = assertCompile(statement, expectedSql, dialect);
        assertThat(compiled.binds()).extracting(BindSlot::value).as("checkpositional on dialect %s", dialect.name())
                .containsExactlyElementsOf(checkpositional);
        return compiled;
    }

    /** The column expression's printed form ({@code str(expr)}) is {@code expectedSql}. */
    public static void assertCompile(ColumnElement<?> expression, String expectedSql) {
        assertThat(comparable(expression.toString(), expectedSql)).as("printed form (default dialect)")
                .isEqualTo(expectedSql);
    }

    /** As {@link #assertCompile(ColumnElement, String)}, and its bound values by name are {@code checkparams}. */
    public static void assertCompile(ColumnElement<?> expression, String expectedSql, Map<String, ?> checkparams) {
        assertCompile(expression, expectedSql);
        assertThat(io.alchemy.Alchemy.select(expression).compile(GenericDialect.INSTANCE).params())
                .as("checkparams (default dialect)").isEqualTo(checkparams);
    }

    /** The column expression compiled on its own for {@code dialect} is {@code expectedSql}. */
    public static void assertCompile(ColumnElement<?> expression, String expectedSql, Dialect dialect) {
        assertThat(comparable(dialect.statementCompiler(CompileOptions.DEFAULT).display(expression), expectedSql))
                .as("SQL on dialect %s", dialect.name()).isEqualTo(expectedSql);
    }

    /** {@code sql} as SQLAlchemy's {@code assert_compile} compares it with {@code expected}. */
    private static String comparable(String sql, String expected) {
        return expected.indexOf('\n') >= 0 ? sql : sql.replace("\n", "").replace("\t", "");
    }
}
