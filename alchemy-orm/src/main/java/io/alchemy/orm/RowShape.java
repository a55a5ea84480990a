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
            if (columns.get(i) instanceof ColumnAttribute<?, ?> attribute && attribute.entity() != null) {
                Entity<?> entity = attribute.entity();
                int width = entity.columns().size();
                slots.add(new Slot(entity.mapper(), i, width, entity.entityClass().getSimpleName()));
                entities = true;
                i += width;
            } else {
                slots.add(new Slot(null, i, 1, null));
                i++;
            }
        }
        return new RowShape(slots, entities);
    }

    /** The same shape with every column {@code by} places further right (columns put in front by a loader). */
    RowShape shifted(int by) {
        return new RowShape(slots.stream().map(s -> new Slot(s.mapper, s.offset + by, s.width, s.key)).toList(), hasEntities);
    }

    /** The entity runs: for each, its index among the result's values and its mapper. */
    void forEachEntity(java.util.function.ObjIntConsumer<Mapper<?>> action) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).mapper != null) {
                action.accept(slots.get(i).mapper, i);
            }
        }
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
