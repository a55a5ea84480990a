package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.util.List;

/** A constraint over a list of the table's columns, named by key at construction and resolved when attached. */
public abstract class ColumnCollectionConstraint extends Constraint {
    private final List<String> columnNames;

    protected ColumnCollectionConstraint(List<String> columnNames, String name) {
        this(columnNames, name, false);
    }

    /** With {@code allowEmpty}, a constraint over no columns (an empty primary key) is legal. */
    ColumnCollectionConstraint(List<String> columnNames, String name, boolean allowEmpty) {
        super(name);
        if (columnNames == null || columnNames.isEmpty() && !allowEmpty) {
            throw new ArgumentError(getClass().getSimpleName() + " needs at least one column");
        }
        if (columnNames.stream().distinct().count() != columnNames.size()) {
            throw new ArgumentError(getClass().getSimpleName() + " names a column twice: " + columnNames);
        }
        this.columnNames = List.copyOf(columnNames);
    }

    /** The column keys, in constraint order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** The columns, in constraint order (the constraint must be attached). */
    public List<Column<?>> columns() {
        Table owner = table();
        if (owner == null) {
            throw new io.alchemy.exc.InvalidRequestError(this + " is not attached to a table yet");
        }
        return columnNames.stream().<Column<?>>map(owner::c).toList();
    }

    /** Whether the constraint covers {@code column}. */
    public boolean contains(Column<?> column) {
        return table() != null && column.table() == table() && columnNames.contains(column.key());
    }

    @Override
    void validate(Table owner) {
        for (String key : columnNames) {
            if (!owner.hasColumn(key)) {
                throw new ArgumentError(getClass().getSimpleName() + " on table '" + owner.fullName()
                        + "' names column '" + key + "', which the table does not have; it has " + owner.columnKeys());
            }
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + namePrefix() + String.join(", ", columnNames) + ")";
    }
}
