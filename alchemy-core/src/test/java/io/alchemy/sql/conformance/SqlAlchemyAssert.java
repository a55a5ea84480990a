package io.alchemy.sql.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import java.util.Map;

/**
 * SQLAlchemy's {@code AssertsCompiledSQL.assert_compile} as its own test suite uses it: the compiled SQL has its
 * newlines and tabs removed ({@code re.sub(r"[\n\t]", "", str(c))}) before it is compared with the expected
 * string, so SQLAlchemy's expected strings are used here exactly as written in its test files.
 */
final class SqlAlchemyAssert {
    private SqlAlchemyAssert() {
    }

    /** The statement's printed form (default dialect), newlines and tabs removed, is {@code expected}. */
    static void assertCompile(Executable statement, String expected) {
        assertThat(flat(statement.toString())).as("printed form (default dialect)").isEqualTo(expected);
    }

    /** As {@link #assertCompile(Executable, String)}, and the values by name are {@code checkparams}. */
    static void assertCompile(Executable statement, String expected, Map<String, ?> checkparams) {
        assertCompile(statement, expected);
        Compiled compiled = statement.compile(GenericDialect.INSTANCE);
        assertThat(compiled.params()).as("checkparams (default dialect)").isEqualTo(checkparams);
    }

    /** The statement compiled for {@code dialect}, newlines and tabs removed, is {@code expected}. */
    static void assertCompile(Executable statement, String expected, Dialect dialect) {
        Compiled compiled = statement.compile(dialect, CompileOptions.DEFAULT);
        assertThat(flat(compiled.sql())).as("SQL on dialect %s", dialect.name()).isEqualTo(expected);
    }

    /** The column expression's printed form, newlines and tabs removed, is {@code expected}. */
    static void assertCompile(ColumnElement<?> expression, String expected) {
        assertThat(flat(expression.toString())).as("printed form (default dialect)").isEqualTo(expected);
    }

    /** As {@link #assertCompile(ColumnElement, String)}, and the values by name are {@code checkparams}. */
    static void assertCompile(ColumnElement<?> expression, String expected, Map<String, ?> checkparams) {
        assertCompile(expression, expected);
        assertThat(io.alchemy.Alchemy.select(expression).compile(GenericDialect.INSTANCE).params())
                .as("checkparams (default dialect)").isEqualTo(checkparams);
    }

    /** The column expression compiled for {@code dialect}, newlines and tabs removed, is {@code expected}. */
    static void assertCompile(ColumnElement<?> expression, String expected, Dialect dialect) {
        assertThat(flat(dialect.statementCompiler(CompileOptions.DEFAULT).display(expression)))
                .as("SQL on dialect %s", dialect.name()).isEqualTo(expected);
    }

    private static String flat(String sql) {
        return sql.replace("\n", "").replace("\t", "");
    }
}
