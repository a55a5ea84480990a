package io.alchemy.dialect.h2;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Excluded;
import io.alchemy.sql.OnConflict;
import io.alchemy.sql.StatementKind;
import io.alchemy.sql.compiler.StatementCompiler;
import java.util.List;

/**
 * H2's SQL: {@code now()} is {@code CURRENT_TIMESTAMP}; RETURNING through {@code FINAL TABLE}/{@code OLD TABLE};
 * upserts as MERGE; no LATERAL, UPDATE … FROM or DELETE … USING.
 */
public class H2StatementCompiler extends StatementCompiler {

    public H2StatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected String knownFunction(String lowerCaseName) {
        return lowerCaseName.equals("now") ? "CURRENT_TIMESTAMP" : null;
    }

    /** An upsert is a {@code MERGE INTO}, which H2 supports only when every updated column takes its new value. */
    @Override
    protected String insertKeyword(OnConflict conflict) {
        return conflict == null ? "INSERT INTO" : "MERGE INTO";
    }

    @Override
    protected String afterInsertColumns(OnConflict conflict, List<ColumnClause<?>> columns) {
        if (conflict == null) {
            return "";
        }
        if (conflict.action() != OnConflict.Action.DO_UPDATE || conflict.where() != null || !mergesAll(conflict, columns)) {
            throw unsupported("This upsert (H2 merges rows: use onConflictDoUpdate setting every inserted column "
                    + "that is not in the key to its excluded value)");
        }
        return " KEY (" + String.join(", ", conflict.target().stream().map(c -> quote(c.name())).toList()) + ")";
    }

    private static boolean mergesAll(OnConflict conflict, List<ColumnClause<?>> columns) {
        for (ColumnClause<?> column : columns) {
            boolean key = conflict.target().contains(column);
            ColumnElement<?> value = conflict.set().get(column);
            boolean fromRow = value instanceof Excluded<?> excluded && excluded.column() == column;
            if (key == fromRow) {
                return false;
            }
        }
        return columns.containsAll(conflict.target()) && columns.containsAll(conflict.set().keySet());
    }

    @Override
    protected String onConflictClause(OnConflict conflict, List<String> target, List<String> set, String where) {
        return "";
    }

    /** H2 takes an OFFSET without a LIMIT. */
    @Override
    protected String noLimit() {
        return "";
    }

    @Override
    protected String lateral() {
        throw unsupported("LATERAL");
    }

    /** RETURNING is H2's data change delta table: {@code SELECT cols FROM FINAL TABLE (INSERT …)}. */
    @Override
    protected void checkReturning(StatementKind kind) {
    }

    @Override
    protected String returning(String dml, String columns, StatementKind kind) {
        return "SELECT " + columns + " FROM " + (kind == StatementKind.DELETE ? "OLD" : "FINAL") + " TABLE (" + dml + ")";
    }

    @Override
    protected boolean qualifyReturningColumns() {
        return false;
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
