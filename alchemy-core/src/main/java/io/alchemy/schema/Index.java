package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An index over columns of one table: {@code index("ix_user_name", "name")}, {@code .unique()} for a unique
 * index. Created after its table by {@code createAll}; a column's {@code index()} makes {@code ix_<table>_<column>}.
 */
public final class Index implements TableElement {
    private final String name;
    private final List<String> columnNames;
    private final boolean unique;
    private Table table;

    public Index(String name, List<String> columnNames, boolean unique) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("An index needs a name");
        }
        if (columnNames == null || columnNames.isEmpty()) {
            throw new ArgumentError("Index '" + name + "' needs at least one column");
        }
        this.name = name;
        this.columnNames = List.copyOf(columnNames);
        this.unique = unique;
    }

    /** An index named {@code name} over these columns. */
    public static Index of(String name, String... columnNames) {
        return new Index(name, List.of(columnNames), false);
    }

    /** The same index, unique. */
    public Index unique() {
        return new Index(name, columnNames, true);
    }

    void attach(Table owner) {
        if (table != null && table != owner) {
            throw new ArgumentError("Index '" + name + "' already belongs to table '" + table.fullName() + "'");
        }
        for (String key : columnNames) {
            if (!owner.hasColumn(key)) {
                throw new ArgumentError("Index '" + name + "' on table '" + owner.fullName() + "' names column '"
                        + key + "', which the table does not have; it has " + owner.columnKeys());
            }
        }
        table = owner;
    }

    /** The index name. */
    public String name() {
        return name;
    }

    /** The column keys, in index order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** The columns (the index must be attached). */
    public List<Column<?>> columns() {
        return columnNames.stream().<Column<?>>map(table::c).toList();
    }

    /** Whether the index is unique. */
    public boolean isUnique() {
        return unique;
    }

    /** The table, or {@code null} before it is added to one. */
    public @Nullable Table table() {
        return table;
    }

    @Override
    public String toString() {
        return "Index('" + name + "', " + String.join(", ", columnNames) + (unique ? ", unique=True" : "") + ")";
    }
}
