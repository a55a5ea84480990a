package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.schema.Column;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values one flush gives to foreign key columns that the object's class maps no attribute for: the columns a
 * one-to-many declares on the parent side ({@code @Relationship(joinColumns = "owner_id")}). The INSERT of a new
 * child, or the UPDATE of an existing one, writes them with the mapped columns.
 */
final class UnmappedForeignKeys {
    private final Map<InstanceState, Map<String, Object>> values = new IdentityHashMap<>();

    /** {@code column} of {@code state}'s row becomes {@code value}. */
    void set(InstanceState state, Column<?> column, Object value) {
        values.computeIfAbsent(state, s -> new LinkedHashMap<>()).put(column.key(), value);
    }

    /** The values for {@code state}'s row, by column key; empty when it has none. */
    Map<String, Object> of(InstanceState state) {
        return values.getOrDefault(state, Map.of());
    }
}
