package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.metamodel.ColumnAttribute;
import io.alchemy.orm.metamodel.EntityColumn;
import io.alchemy.orm.metamodel.EntitySource;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * How the rows of an ORM SELECT are shaped: which runs of columns are entities (loaded into one object each, keyed
 * by the class's simple name as SQLAlchemy keys them) and which are plain column values.
 */
public final class RowShape {
    /** One run of columns: an entity's (its mapper, row reader and column positions) or one plain column. */
    private record Slot(Mapper<?> mapper, int offset, int width, String key, int[] positions, EntityRowReader reader,
            boolean ofClass) {
        static Slot entity(Mapper<?> mapper, int offset, int width, String key, int[] positions, boolean ofClass) {
            EntityRowReader reader = EntityRowReader.of(mapper);
            return new Slot(mapper, offset, width, key, positions == null ? reader.contiguous(offset) : positions, reader,
                    ofClass);
        }

        static Slot column(int offset) {
            return new Slot(null, offset, 1, null, null, null, false);
        }

        Slot shifted(int by) {
            if (mapper == null) {
                return column(offset + by);
            }
            int[] moved = positions.clone();
            for (int i = 0; i < moved.length; i++) {
                moved[i] = moved[i] < 0 ? -1 : moved[i] + by;
            }
            return entity(mapper, offset + by, width, key, moved, ofClass);
        }

        Object value(Row row, EntityLoader loader) {
            return mapper == null ? row.get(offset) : loader.load(reader, row, positions);
        }
    }

    /** The result keys made for one list of column keys (the raw rows of one result share theirs). */
    private record Keys(List<String> columnKeys, List<String> keys) {
    }

    /** A statement with deferred columns left out, and the shape of its rows. */
    record Deferred(Select<?> statement, RowShape shape) {
    }

    private final List<Slot> slots;
    private final boolean hasEntities;
    private volatile @org.jspecify.annotations.Nullable Keys lastKeys;

    private RowShape(List<Slot> slots, boolean hasEntities) {
        this.slots = slots;
        this.hasEntities = hasEntities;
    }

    /** The shape of {@code select}'s rows. */
    public static RowShape of(Select<?> select) {
        List<Slot> slots = new ArrayList<>();
        List<ColumnElement<?>> columns = select.columns();
        boolean entities = false;
        int i = 0;
        while (i < columns.size()) {
            EntitySource entity = sourceOf(columns.get(i));
            if (entity != null) {
                int width = entity.mapper().columnProperties().size();
                slots.add(Slot.entity(entity.mapper(), i, width, entity.rowKey(), null,
                        entity instanceof io.alchemy.orm.metamodel.Entity<?>));
                entities = true;
                i += width;
            } else {
                slots.add(Slot.column(i));
                i++;
            }
        }
        return new RowShape(slots, entities);
    }

    /** The same shape with every column {@code by} places further right (columns put in front by a loader). */
    RowShape shifted(int by) {
        return new RowShape(slots.stream().map(s -> s.shifted(by)).toList(), hasEntities);
    }

    /**
     * {@code statement} (of this shape) without the columns {@code deferred} names for each entity run's mapper; the
     * entities of its rows leave those attributes unloaded.
     */
    Deferred deferring(Select<?> statement, java.util.function.Function<Mapper<?>, java.util.Set<String>> deferred) {
        List<ColumnElement<?>> columns = statement.columns();
        List<Object> kept = new ArrayList<>();
        List<Slot> reshaped = new ArrayList<>();
        for (Slot slot : slots) {
            int offset = kept.size();
            if (slot.mapper == null) {
                kept.add(columns.get(slot.offset));
                reshaped.add(Slot.column(offset));
                continue;
            }
            java.util.Set<String> left = deferred.apply(slot.mapper);
            List<ColumnProperty> properties = slot.mapper.columnProperties();
            int[] positions = new int[properties.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = left.contains(properties.get(i).name()) ? -1 : kept.size();
                if (positions[i] >= 0) {
                    kept.add(columns.get(slot.offset + i));
                }
            }
            reshaped.add(Slot.entity(slot.mapper, offset, kept.size() - offset, slot.key, positions, slot.ofClass));
        }
        return new Deferred(statement.withOnlyColumns(kept.toArray()), new RowShape(reshaped, hasEntities));
    }

    /**
     * {@code statement} (of this shape) with the subclass columns each entity's mapper reads inline (single-table
     * inheritance: the other columns of its table) right after the entity's own, as SQLAlchemy renders
     * {@code polymorphic_load="inline"}; {@code null} when no entity has any. An aliased entity reads its own
     * columns only (its subclasses' load on first access).
     */
    @org.jspecify.annotations.Nullable Deferred inlining(Select<?> statement) {
        if (slots.stream().noneMatch(s -> s.ofClass && s.reader.inline().length > 0)) {
            return null;
        }
        List<ColumnElement<?>> columns = statement.columns();
        List<Object> kept = new ArrayList<>();
        List<Slot> reshaped = new ArrayList<>();
        for (Slot slot : slots) {
            int offset = kept.size();
            if (slot.mapper == null) {
                kept.add(columns.get(slot.offset));
                reshaped.add(Slot.column(offset));
                continue;
            }
            kept.addAll(columns.subList(slot.offset, slot.offset + slot.width));
            ColumnProperty[] inline = slot.ofClass ? slot.reader.inline() : new ColumnProperty[0];
            int own = slot.positions.length;
            int[] positions = java.util.Arrays.copyOf(slot.positions, own + inline.length);
            for (int i = 0; i < own; i++) {
                positions[i] = positions[i] < 0 ? -1 : positions[i] - slot.offset + offset;
            }
            for (int k = 0; k < inline.length; k++) {
                positions[own + k] = kept.size();
                kept.add(inline[k].column());
            }
            reshaped.add(Slot.entity(slot.mapper, offset, kept.size() - offset, slot.key, positions, slot.ofClass));
        }
        return new Deferred(statement.withOnlyColumns(kept.toArray()), new RowShape(reshaped, hasEntities));
    }

    /** The entity runs: for each, its index among the result's values and its mapper. */
    void forEachEntity(java.util.function.ObjIntConsumer<Mapper<?>> action) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).mapper != null) {
                action.accept(slots.get(i).mapper, i);
            }
        }
    }

    private static EntitySource sourceOf(ColumnElement<?> column) {
        return column instanceof EntityColumn entityColumn ? entityColumn.entitySource() : null;
    }

    /** Whether any column run is an entity. */
    /** The mapper of the first entity of the row, or {@code null} when the row holds only column values. */
    public @org.jspecify.annotations.Nullable Mapper<?> firstEntity() {
        for (Slot slot : slots) {
            if (slot.mapper != null) {
                return slot.mapper;
            }
        }
        return null;
    }

    /** Whether the rows hold entities. */
    public boolean hasEntities() {
        return hasEntities;
    }

    /**
     * The result keys: an entity's class name, else the column's own key (read-only; made once for the column keys
     * the raw rows of a result share).
     */
    List<String> keys(List<String> columnKeys) {
        Keys last = lastKeys;
        if (last != null && last.columnKeys == columnKeys) {
            return last.keys;
        }
        List<String> keys = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            keys.add(slot.mapper == null ? columnKeys.get(slot.offset) : slot.key);
        }
        List<String> made = List.copyOf(keys);
        lastKeys = new Keys(columnKeys, made);
        return made;
    }

    /** The row with each entity's columns replaced by its object. */
    Row convert(Row row, EntityLoader loader) {
        if (row == null) {
            return null;
        }
        Object[] values = new Object[slots.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = slots.get(i).value(row, loader);
        }
        return new OrmRow(keys(row.keys()), values);
    }

    /** Whether the rows are one entity and nothing else ({@code select(User.class)}). */
    boolean isSingleEntity() {
        return slots.size() == 1 && slots.get(0).mapper != null;
    }

    /** The value at {@code index} of the converted row, without converting the others. */
    Object value(Row row, int index, EntityLoader loader) {
        return slots.get(index).value(row, loader);
    }

    /** How many values a converted row has. */
    int width() {
        return slots.size();
    }
}
