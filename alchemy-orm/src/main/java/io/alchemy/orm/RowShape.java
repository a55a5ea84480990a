package io.alchemy.orm;

import io.alchemy.engine.Row;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * How the rows of an ORM SELECT are shaped: which runs of columns are entities (loaded into one object each, keyed
 * by the class's simple name as SQLAlchemy keys them) and which are plain column values.
 */
final class RowShape {
    private record Slot(Mapper<?> mapper, int offset, int width, String key) {
    }

    private final List<Slot> slots;
    private final boolean hasEntities;

    private RowShape(List<Slot> slots, boolean hasEntities) {
        this.slots = slots;
        this.hasEntities = hasEntities;
    }

    /** The shape of {@code select}'s rows. */
    static RowShape of(Select<?> select) {
        List<Slot> slots = new ArrayList<>();
        List<ColumnElement<?>> columns = select.columns();
        boolean entities = false;
        int i = 0;
        while (i < columns.size()) {
            EntitySource entity = sourceOf(columns.get(i));
            if (entity != null) {
                int width = entity.mapper().columnProperties().size();
                slots.add(new Slot(entity.mapper(), i, width, entity.rowKey()));
                entities = true;
                i += width;
            } else {
                slots.add(new Slot(null, i, 1, null));
                i++;
            }
        }
        return new RowShape(slots, entities);
    }

    private static EntitySource sourceOf(ColumnElement<?> column) {
        if (column instanceof ColumnAttribute<?, ?> attribute) {
            return attribute.entity();
        }
        return column instanceof AliasedColumn<?> aliased ? aliased.aliased() : null;
    }

    /** Whether any column run is an entity. */
    boolean hasEntities() {
        return hasEntities;
    }

    /** The result keys: an entity's class name, else the column's own key. */
    List<String> keys(List<String> columnKeys) {
        List<String> keys = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            keys.add(slot.mapper == null ? columnKeys.get(slot.offset) : slot.key);
        }
        return keys;
    }

    /** The row with each entity's columns replaced by its object. */
    Row convert(Row row, EntityLoader loader) {
        if (row == null) {
            return null;
        }
        List<Object> values = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            values.add(slot.mapper == null ? row.get(slot.offset) : loader.load(slot.mapper, row, slot.offset));
        }
        return new OrmRow(keys(row.keys()), values);
    }
}
