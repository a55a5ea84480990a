package io.alchemy.dialect.h2;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.StatementKind;
import io.alchemy.sql.UpsertClause;
import io.alchemy.sql.compiler.InsertSentinelSupport;
import io.alchemy.sql.compiler.StatementCompiler;
import java.util.List;

/**
 * H2's SQL: {@code now()} is {@code CURRENT_TIMESTAMP}; no LATERAL, UPDATE … FROM, DELETE … USING, FULL OUTER
 * JOIN, INTERSECT/EXCEPT ALL or JSON element access (all {@code CompileError}s); DISTINCT ON is there. RETURNING is
 * a SELECT from the statement's data change delta table ({@code SELECT id FROM FINAL TABLE (INSERT …)},
 * {@code OLD TABLE} for a DELETE); the upserts are {@code MERGE INTO … KEY (…)} and {@code INSERT … ON CONFLICT}
 * written as a standard {@code MERGE … USING (VALUES …) AS excluded}.
 */
public class H2StatementCompiler extends StatementCompiler {

    public H2StatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected String knownFunction(String lowerCaseName) {
        return lowerCaseName.equals("now") ? "CURRENT_TIMESTAMP" : null;
    }

    /** H2 takes an OFFSET without a LIMIT. */
    @Override
    protected String noLimit() {
        return "";
    }

    @Override
    protected String jsonGetItem(ColumnElement<?> document, String left, String index) {
        throw unsupported("JSON element access (expr.get(key))");
    }

    @Override
    protected boolean supportsFullOuterJoin() {
        return false;
    }

    /** No {@code INTERSECT ALL} or {@code EXCEPT ALL} here. */
    @Override
    protected boolean supportsIntersectExceptAll() {
        return false;
    }

    @Override
    protected String lateral() {
        throw unsupported("LATERAL");
    }

    @Override
    protected String returningStatement(StatementKind kind, String dml, String columns) {
        String delta = kind == StatementKind.DELETE ? "OLD TABLE" : "FINAL TABLE";
        return "SELECT " + columns + " FROM " + delta + " (" + dml + ")";
    }

    @Override
    protected boolean qualifyReturningColumns() {
        return false;
    }

    @Override
    protected boolean supportsUpsert(UpsertClause clause) {
        return clause instanceof UpsertClause.MergeKey || clause instanceof UpsertClause.OnConflict;
    }

    @Override
    protected boolean onConflictAsMerge() {
        return true;
    }

    @Override
    protected InsertSentinelSupport insertSentinelSupport() {
        return InsertSentinelSupport.AUTOINCREMENT;
    }

    @Override
    protected String updateWithFroms(String table, String set, List<String> others) {
        throw unsupported("UPDATE with other tables in its criteria");
    }

    @Override
    protected String deleteWithFroms(String table, List<String> others) {
        throw unsupported("DELETE with other tables in its criteria");
    }
}
