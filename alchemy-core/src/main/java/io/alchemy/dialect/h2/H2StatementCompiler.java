package io.alchemy.dialect.h2;

import java.util.List;
import io.alchemy.sql.Match;
import org.jspecify.annotations.Nullable;
import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.StatementKind;
import io.alchemy.sql.compiler.InsertSentinelSupport;
import io.alchemy.sql.compiler.StatementCompiler;

/**
 * H2's SQL: {@code now()} is {@code CURRENT_TIMESTAMP} (what H2 cannot express is in {@link H2Dialect}'s
 * capabilities). RETURNING is
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
    /** H2 parses every CTE of a {@code WITH RECURSIVE} as recursive: each needs its column list. */
    @Override
    protected boolean cteColumnListsWhenRecursive() {
        return true;
    }

    @Override
    protected String noLimit() {
        return "";
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
    protected boolean onConflictAsMerge() {
        return true;
    }

    @Override
    protected InsertSentinelSupport insertSentinelSupport() {
        return InsertSentinelSupport.AUTOINCREMENT;
    }

    /** {@code REGEXP_LIKE(x, pattern[, flags])}, {@code NOT REGEXP_LIKE(…)} negated. */
    @Override
    protected String regexpMatch(String left, String pattern, @Nullable String flags, boolean negated) {
        return (negated ? "NOT " : "") + "REGEXP_LIKE(" + left + ", " + pattern
                + (flags == null ? "" : ", " + literalRenderer().render(flags)) + ")";
    }

    /** {@code REGEXP_REPLACE(x, pattern, replacement[, flags])}. */
    @Override
    protected String regexpReplace(String element, String pattern, String replacement, @Nullable String flags) {
        return "REGEXP_REPLACE(" + element + ", " + pattern + ", " + replacement
                + (flags == null ? "" : ", " + literalRenderer().render(flags)) + ")";
    }

    /** H2 has no full-text MATCH operator (its full-text search is a table function). */
    @Override
    protected String fullTextMatch(Match match, List<String> columns, String against) {
        throw unsupported("full-text MATCH");
    }

    /** H2's units are singular: {@code MILLISECOND}, {@code MICROSECOND}. */
    @Override
    protected String extract(String field, String expression) {
        String unit = switch (field) {
            case "milliseconds" -> "millisecond";
            case "microseconds" -> "microsecond";
            default -> field;
        };
        return super.extract(unit, expression);
    }
}
