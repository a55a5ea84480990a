package io.alchemy.sql.compiler;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.SelectColumn;
import io.alchemy.sql.TableClause;
import io.alchemy.sql.UpsertClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code INSERT … ON CONFLICT} written as a standard MERGE, for dialects without ON CONFLICT but with MERGE (H2):
 * <pre>
 * MERGE INTO t USING (VALUES (?, ?)) AS excluded (name, fullname) ON t.name = excluded.name
 * WHEN MATCHED [AND where] THEN UPDATE SET fullname = excluded.fullname
 * WHEN NOT MATCHED THEN INSERT (name, fullname) VALUES (excluded.name, excluded.fullname)
 * </pre>
 * (on one line). DO NOTHING leaves out the WHEN MATCHED branch. The proposed rows are named {@code excluded}, so the
 * new values read as they do with ON CONFLICT.
 */
final class OnConflictMerge {
    private static final String EXCLUDED = "excluded";

    private final StatementCompiler compiler;
    private final DmlRenderer dml;

    OnConflictMerge(StatementCompiler compiler, DmlRenderer dml) {
        this.compiler = compiler;
        this.dml = dml;
    }

    String merge(Insert insert, UpsertClause.OnConflict clause) {
        TableClause table = insert.table();
        List<ColumnClause<?>> columns = columns(insert);
        if (columns.isEmpty()) {
            throw new CompileError("An upsert of '" + table.fullName() + "' needs columns to insert");
        }
        String target = compiler.tableName(table);
        String excluded = compiler.quote(EXCLUDED);
        StringBuilder sql = new StringBuilder("MERGE INTO ").append(target).append(" USING (").append(source(insert, columns))
                .append(") AS ").append(excluded).append(" (").append(dml.columnNames(columns)).append(") ON ")
                .append(on(UniqueKeys.of(clause, table, columns), target, excluded));
        if (!clause.doNothing()) {
            sql.append(" WHEN MATCHED");
            if (clause.where() != null) {
                sql.append(" AND ").append(compiler.render(clause.where()));
            }
            sql.append(" THEN UPDATE SET ").append(set(clause.set()));
        }
        List<String> proposed = new ArrayList<>();
        for (ColumnClause<?> column : columns) {
            proposed.add(excluded + "." + compiler.quote(column.name()));
        }
        return sql.append(" WHEN NOT MATCHED THEN INSERT (").append(dml.columnNames(columns)).append(") VALUES (")
                .append(String.join(", ", proposed)).append(")").toString();
    }

    private List<ColumnClause<?>> columns(Insert insert) {
        if (insert.fromSelect() != null) {
            return insert.fromSelectColumns();
        }
        if (!insert.rows().isEmpty()) {
            return dml.multiRowColumns(insert);
        }
        return DmlRenderer.withDefaults(insert.table(), dml.insertColumns(insert));
    }

    private String source(Insert insert, List<ColumnClause<?>> columns) {
        if (insert.fromSelect() != null) {
            return compiler.selects().nested(insert.fromSelect(), SelectMode.PLAIN);
        }
        List<String> rows = insert.rows().isEmpty() ? List.of("(" + dml.values(columns, insert.valueMap(), "") + ")")
                : dml.multiRowValues(insert, columns);
        return "VALUES " + String.join(", ", rows);
    }

    /** {@code t.a = excluded.a AND …} per key, keys joined by OR. */
    private String on(List<List<ColumnClause<?>>> keys, String target, String excluded) {
        List<String> conditions = new ArrayList<>();
        for (List<ColumnClause<?>> key : keys) {
            List<String> equal = new ArrayList<>();
            for (ColumnClause<?> column : key) {
                String name = compiler.quote(column.name());
                equal.add(target + "." + name + " = " + excluded + "." + name);
            }
            String condition = String.join(" AND ", equal);
            conditions.add(keys.size() > 1 && key.size() > 1 ? "(" + condition + ")" : condition);
        }
        return String.join(" OR ", conditions);
    }

    private String set(Map<ColumnClause<?>, ColumnElement<?>> values) {
        List<String> set = new ArrayList<>();
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : values.entrySet()) {
            set.add(compiler.quote(entry.getKey().name()) + " = "
                    + compiler.expressions().groupedIfCompound(entry.getValue()));
        }
        return String.join(", ", set);
    }
}
