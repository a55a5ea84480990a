package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.compiler.StatementCompiler;

/** PostgreSQL's SQL: {@code ILIKE}; everything else is the standard rendering. */
public class PostgreSQLStatementCompiler extends StatementCompiler {

    public PostgreSQLStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected String ilike(String left, String right, boolean negated) {
        return left + (negated ? " NOT ILIKE " : " ILIKE ") + right;
    }
}
