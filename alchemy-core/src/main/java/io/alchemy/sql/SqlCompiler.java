package io.alchemy.sql;

/** Compiles one statement, or displays one expression, for one dialect ({@link SqlDialect#statementCompiler}). */
public interface SqlCompiler {

    /** Compiles a whole statement. A compiler compiles one statement only. */
    Compiled compile(Statement statement);

    /** Renders a fragment (a column expression) for display, as {@code str()} of an expression does. */
    String display(ClauseElement element);

    /**
     * Renders an expression of DDL (a partial index's predicate) as SQLAlchemy's DDL compiler does: columns by their
     * bare names, values as SQL literals (compile with {@link CompileOptions#literalBinds()}).
     */
    String ddlExpression(ClauseElement element);
}
