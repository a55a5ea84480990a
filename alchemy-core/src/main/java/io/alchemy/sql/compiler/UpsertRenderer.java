package io.alchemy.sql.compiler;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Upsert;
import io.alchemy.sql.UpsertClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the dialects' upserts: the INSERT, then {@code ON CONFLICT …} or {@code ON DUPLICATE KEY UPDATE …}, or
 * H2's {@code MERGE INTO … KEY (…)} (and ON CONFLICT as a standard MERGE there), then RETURNING. A clause the dialect lacks is a
 * {@link io.alchemy.exc.CompileError} naming the dialect and the construct.
 */
final class UpsertRenderer {
    private final StatementCompiler compiler;
    private final DmlRenderer dml;

    UpsertRenderer(StatementCompiler compiler, DmlRenderer dml) {
        this.compiler = compiler;
        this.dml = dml;
    }

    String upsert(Upsert upsert) {
        UpsertClause clause = upsert.clause();
        if (clause != null) {
            compiler.require(compiler.dialect().supportsUpsert(clause), clause.construct());
        }
        Insert insert = upsert.insert();
        String table = compiler.tableName(insert.table());
        String sql;
        if (clause instanceof UpsertClause.OnConflict onConflict && compiler.onConflictAsMerge()) {
            sql = new OnConflictMerge(compiler, dml).merge(insert, onConflict);
        } else if (clause instanceof UpsertClause.MergeKey merge) {
            String key = merge.keys().isEmpty() ? "" : " KEY (" + dml.columnNames(merge.keys()) + ")";
            sql = "MERGE INTO " + table + dml.insertValues(insert, key);
        } else {
            sql = "INSERT INTO " + table + dml.insertValues(insert, "");
            if (clause instanceof UpsertClause.OnConflict onConflict) {
                sql += onConflict(onConflict);
            } else if (clause instanceof UpsertClause.OnDuplicateKeyUpdate onDuplicate) {
                sql += " ON DUPLICATE KEY UPDATE " + compiler.withQualification(false, () -> set(onDuplicate.set()));
            }
        }
        if (!upsert.returningList().isEmpty()) {
            compiler.generatedKeys = List.of();
        }
        return dml.returning(upsert, sql, compiler.mode.recordsResult);
    }

    private String onConflict(UpsertClause.OnConflict clause) {
        StringBuilder sql = new StringBuilder(" ON CONFLICT");
        if (clause.constraint() != null) {
            sql.append(" ON CONSTRAINT ").append(compiler.quote(clause.constraint()));
        } else if (!clause.indexElements().isEmpty()) {
            sql.append(compiler.withQualification(false, () -> indexTarget(clause)));
        }
        if (clause.doNothing()) {
            return sql.append(" DO NOTHING").toString();
        }
        sql.append(" DO UPDATE SET ").append(set(clause.set()));
        if (clause.where() != null) {
            sql.append(" WHERE ").append(compiler.render(clause.where()));
        }
        return sql.toString();
    }

    private String indexTarget(UpsertClause.OnConflict clause) {
        List<String> elements = new ArrayList<>();
        for (ColumnElement<?> element : clause.indexElements()) {
            elements.add(compiler.render(element));
        }
        String target = " (" + String.join(", ", elements) + ")";
        return clause.indexWhere() == null ? target : target + " WHERE " + compiler.indexPredicate(clause.indexWhere());
    }

    /** {@code column = value, …}: plain column names on the left, values grouped when compound. */
    private String set(Map<ColumnClause<?>, ColumnElement<?>> values) {
        List<String> set = new ArrayList<>();
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : values.entrySet()) {
            set.add(compiler.quote(entry.getKey().name()) + " = "
                    + compiler.expressions().groupedIfCompound(entry.getValue()));
        }
        return String.join(", ", set);
    }
}
