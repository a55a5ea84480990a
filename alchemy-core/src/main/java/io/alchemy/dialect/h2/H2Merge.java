package io.alchemy.dialect.h2;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Upsert;
import io.alchemy.sql.UpsertClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * H2's upsert, {@code MERGE INTO table (columns) KEY (keys) VALUES …}: a row whose key columns match an existing
 * row updates it, any other row is inserted. Without {@link #key} H2 matches on the primary key. Made by
 * {@link H2Dml#merge}; immutable and generative.
 */
public final class H2Merge extends Upsert {

    H2Merge(Insert insert, UpsertClause.MergeKey clause, List<ColumnElement<?>> returning) {
        super(insert, clause, returning);
    }

    private UpsertClause.MergeKey mergeKey() {
        return (UpsertClause.MergeKey) clause();
    }

    /** {@code KEY (columns…)}: the columns that identify an existing row (column keys or columns of the table). */
    public H2Merge key(Object... columnsOrKeys) {
        List<ColumnClause<?>> keys = new ArrayList<>();
        for (Object each : columnsOrKeys) {
            keys.add(ownColumn(each));
        }
        return new H2Merge(insert(), new UpsertClause.MergeKey(keys), returningList());
    }

    /** Values by column key, as {@link Insert#values(Map)}. */
    public H2Merge values(Map<String, ?> columnValues) {
        return new H2Merge(insert().values(columnValues), mergeKey(), returningList());
    }

    /** One value for one column, as {@link Insert#values(ColumnClause, Object)}. */
    public H2Merge values(ColumnClause<?> column, Object value) {
        return new H2Merge(insert().values(column, value), mergeKey(), returningList());
    }

    /** A multi-row VALUES, as {@link Insert#values(List)}. */
    public H2Merge values(List<? extends Map<String, ?>> rows) {
        return new H2Merge(insert().values(rows), mergeKey(), returningList());
    }

    /** The merged rows' columns, through H2's {@code SELECT … FROM FINAL TABLE (MERGE …)}. */
    public H2Merge returning(Object... columns) {
        return new H2Merge(insert(), mergeKey(), withReturning(columns));
    }
}
