package io.alchemy.schema;

import java.util.List;

/**
 * A table's primary key. Declared either on columns ({@code column("id", INTEGER).primaryKey()}) or as a table
 * element, for composite keys: {@code primaryKeyConstraint("order_id", "line")}. A table without one has an empty key.
 */
public final class PrimaryKeyConstraint extends ColumnCollectionConstraint {

    private final boolean implicit;

    public PrimaryKeyConstraint(List<String> columnNames, String name) {
        this(columnNames, name, false);
    }

    private PrimaryKeyConstraint(List<String> columnNames, String name, boolean implicit) {
        super(columnNames, name, true);
        this.implicit = implicit;
    }

    /** The key made of the columns flagged {@code primaryKey()}, in table order. */
    static PrimaryKeyConstraint implicit(List<String> columnNames) {
        return new PrimaryKeyConstraint(columnNames, null, true);
    }

    /**
     * The columns as CREATE TABLE lists them: for a key made of {@code primaryKey()} flags, the column declared
     * {@code autoincrement(true)} first, as SQLAlchemy orders it (MySQL and MariaDB need an AUTO_INCREMENT column to
     * lead a key); an explicit {@code primaryKeyConstraint(…)} keeps its order.
     */
    public List<Column<?>> columnsAutoincrementFirst() {
        List<Column<?>> columns = columns();
        if (!implicit || columns.size() < 2) {
            return columns;
        }
        for (Column<?> column : columns) {
            if (Boolean.TRUE.equals(column.autoincrementSetting())) {
                List<Column<?>> ordered = new java.util.ArrayList<>();
                ordered.add(column);
                columns.stream().filter(c -> c != column).forEach(ordered::add);
                return ordered;
            }
        }
        return columns;
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
