package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values an INSERT or UPDATE writes to columns the object's class maps no attribute for: the foreign keys that
 * one-to-many relationships declare on the parent's side ({@code @Relationship(joinColumns = "owner_id")}), set by
 * the flush's foreign key copies and held by the object's state until its row is written.
 */
final class UnmappedColumns {
    private UnmappedColumns() {
    }

    /**
     * The pending values of {@code state}'s unmapped columns of {@code table}, by column key, handed to the statement
     * being prepared (a failed flush computes them again: they follow from the relationship changes it keeps).
     */
    static Map<String, Object> take(InstanceState state, Table table) {
        Map<Column<?>, Object> pending = state.unmappedColumns();
        if (pending.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        pending.forEach((column, value) -> {
            if (column.table() == table) {
                values.put(column.key(), value);
            }
        });
        state.unmappedColumnsWritten(table);
        return values;
    }
}
