package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.UpsertClause;
import io.alchemy.sql.compiler.InsertSentinelSupport;
import io.alchemy.sql.compiler.StatementCompiler;

/**
 * PostgreSQL's SQL: {@code ILIKE}, {@code INSERT … ON CONFLICT}, and insertmanyvalues batches ordered by
 * {@code INSERT … SELECT … ORDER BY}; everything else is the standard rendering.
 */
public class PostgreSQLStatementCompiler extends StatementCompiler {

    public PostgreSQLStatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected String ilike(String left, String right, boolean negated) {
        return left + (negated ? " NOT ILIKE " : " ILIKE ") + right;
    }

    @Override
    protected boolean supportsUpsert(UpsertClause clause) {
        return clause instanceof UpsertClause.OnConflict;
    }

    @Override
    protected InsertSentinelSupport insertSentinelSupport() {
        return InsertSentinelSupport.INSERT_FROM_SELECT;
    }
}
