package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.Arrays;
import java.util.List;

/**
 * The arbiter of an {@code ON CONFLICT} clause: the columns (or expressions) of a unique index, optionally with the
 * predicate of a partial index, or the name of a constraint (PostgreSQL only). Immutable.
 */
public final class ConflictTarget {
    /** No target: {@code ON CONFLICT DO NOTHING} for any unique violation. */
    public static final ConflictTarget ANY = new ConflictTarget(List.of(), null, null);

    private final List<Object> indexElements;
    private final ColumnElement<?> indexWhere;
    private final String constraint;

    private ConflictTarget(List<Object> indexElements, ColumnElement<?> indexWhere, String constraint) {
        this.indexElements = indexElements;
        this.indexWhere = indexWhere;
        this.constraint = constraint;
    }

    /** {@code ON CONFLICT (a, b)}: column keys of the statement's table, its columns, or SQL expressions. */
    public static ConflictTarget indexElements(Object... columnsOrKeys) {
        if (columnsOrKeys == null || columnsOrKeys.length == 0) {
            throw new ArgumentError("indexElements() needs at least one column");
        }
        for (Object element : columnsOrKeys) {
            if (!(element instanceof String) && !(element instanceof ColumnElement<?>)) {
                throw new ArgumentError("indexElements() takes column keys and column expressions; got " + element);
            }
        }
        return new ConflictTarget(List.copyOf(Arrays.asList(columnsOrKeys)), null, null);
    }

    /** {@code ON CONFLICT ON CONSTRAINT name} (PostgreSQL). */
    public static ConflictTarget constraint(String name) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("constraint() needs a constraint name");
        }
        return new ConflictTarget(List.of(), null, name);
    }

    /** The predicate of a partial unique index: {@code ON CONFLICT (a) WHERE predicate}. */
    public ConflictTarget where(ColumnElement<Boolean> predicate) {
        if (indexElements.isEmpty()) {
            throw new ArgumentError("An index predicate (where) needs index elements to go with");
        }
        return new ConflictTarget(indexElements, predicate, null);
    }

    /** Whether this names no arbiter at all. */
    public boolean isAny() {
        return indexElements.isEmpty() && constraint == null;
    }

    /** The index elements resolved against {@code statement}'s table. */
    List<ColumnElement<?>> resolve(Upsert statement) {
        return indexElements.stream().<ColumnElement<?>>map(element -> element instanceof String key
                ? statement.ownColumn(key) : (ColumnElement<?>) element).toList();
    }

    ColumnElement<?> indexWhere() {
        return indexWhere;
    }

    String constraintName() {
        return constraint;
    }
}
