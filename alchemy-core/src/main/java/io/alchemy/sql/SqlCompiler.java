package io.alchemy.sql;

/** Compiles one statement, or displays one expression, for one dialect ({@link SqlDialect#statementCompiler}). */
public interface SqlCompiler {

    /** Compiles a whole statement. A compiler compiles one statement only. */
    Compiled compile(Statement statement);

    /** Renders a fragment (a column expression) for display, as {@code str()} of an expression does. */
    String display(ClauseElement element);
}
