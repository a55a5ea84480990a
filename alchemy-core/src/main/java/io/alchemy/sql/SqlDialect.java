package io.alchemy.sql;

/**
 * A dialect as the expression tree sees it: what makes the compiler of a statement, and how literal question marks
 * are written. {@code io.alchemy.dialect.Dialect} extends it, so statements compile for a dialect
 * ({@code stmt.compile(engine.dialect())}) while this package knows nothing of dialects or compilers.
 */
public interface SqlDialect {

    /** A new compiler for one compilation ({@link SqlCompiler}s hold per-compilation state). */
    SqlCompiler statementCompiler(CompileOptions options);

    /**
     * {@code sql}, which has no parameter placeholders yet, with every literal {@code ?} written so that the driver
     * does not take it for a placeholder (PostgreSQL's {@code ??}); elsewhere unchanged.
     */
    default String escapeQuestionMarks(String sql) {
        return sql;
    }
}
