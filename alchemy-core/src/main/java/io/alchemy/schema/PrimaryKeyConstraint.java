package io.alchemy.schema;

import java.util.List;

/**
 * A table's primary key. Declared either on columns ({@code column("id", INTEGER).primaryKey()}) or as a table
 * element, for composite keys: {@code primaryKeyConstraint("order_id", "line")}. A table without one has an empty key.
 */
public final class PrimaryKeyConstraint extends ColumnCollectionConstraint {

    public PrimaryKeyConstraint(List<String> columnNames, String name) {
        super(columnNames, name, true);
    }

    /** The key over these columns. */
    public static PrimaryKeyConstraint of(String... columnNames) {
        return new PrimaryKeyConstraint(List.of(columnNames), null);
    }

    /** The same key with a constraint name. */
    public PrimaryKeyConstraint name(String constraintName) {
        return new PrimaryKeyConstraint(columnNames(), constraintName);
    }

    /** Whether the table has no primary key. */
    public boolean isEmpty() {
        return columnNames().isEmpty();
    }

    @Override
    public String toString() {
        return "PrimaryKeyConstraint(" + namePrefix() + String.join(", ", columnNames()) + ")";
    }
}
