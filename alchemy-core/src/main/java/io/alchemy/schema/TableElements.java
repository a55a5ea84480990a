package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the elements given to {@link MetaData#table} into the table's parts: the primary key (declared on columns
 * or as a constraint), the column-level foreign keys, unique constraints and indexes, then the table-level ones.
 */
final class TableElements {
    private final Table table;
    private PrimaryKeyConstraint explicitKey;
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;
    private final List<DialectTableOptions> dialectOptions = new ArrayList<>();

    TableElements(Table table, List<TableElement> elements) {
        this.table = table;
        List<Constraint> tableLevel = new ArrayList<>();
        List<Index> tableIndexes = new ArrayList<>();
        for (TableElement element : elements) {
            if (element == null) {
                throw new ArgumentError("Table '" + table.fullName() + "' was given a null element");
            } else if (element instanceof PrimaryKeyConstraint key) {
                if (explicitKey != null) {
                    throw new ArgumentError("Table '" + table.fullName() + "' was given two primary key constraints");
                }
                explicitKey = key;
            } else if (element instanceof Constraint constraint) {
                tableLevel.add(constraint);
            } else if (element instanceof Index index) {
                tableIndexes.add(index);
            } else if (element instanceof DialectTableOptions options) {
                dialectOptions.removeIf(each -> each.getClass() == options.getClass());
                dialectOptions.add(options);
            } else if (element instanceof TableComment tableComment) {
                comment = tableComment.text();
            } else if (element instanceof Column<?> column) {
                addColumnLevel(column);
            } else {
                throw new ArgumentError("Table '" + table.fullName() + "' cannot take " + element);
            }
        }
        constraints.addAll(tableLevel);
        indexes.addAll(tableIndexes);
    }

    /** The columns among the elements, in order. */
    static List<Column<?>> columns(List<TableElement> elements) {
        return elements.stream().filter(Column.class::isInstance).<Column<?>>map(e -> (Column<?>) e).toList();
    }

    private void addColumnLevel(Column<?> column) {
        for (ForeignKey key : column.declaredForeignKeys()) {
            constraints.add(key.constraint().forColumnKey(key));
        }
        if (column.isIndexed()) {
            Index index = new Index("ix_" + table.name() + "_" + column.name(), List.of(column.key()), false);
            indexes.add(column.isUnique() ? index.unique() : index);
        } else if (column.isUnique()) {
            constraints.add(new UniqueConstraint(List.of(column.key()), null));
        }
    }

    PrimaryKeyConstraint primaryKey() {
        List<String> flagged = table.tableColumns().stream().filter(Column::declaredPrimaryKey).map(Column::key).toList();
        if (explicitKey == null) {
            return PrimaryKeyConstraint.implicit(flagged);
        }
        for (String key : flagged) {
            if (!explicitKey.columnNames().contains(key)) {
                throw new ArgumentError("Table '" + table.fullName() + "': column '" + key + "' is declared primaryKey()"
                        + " but is not in " + explicitKey);
            }
        }
        return explicitKey;
    }

    List<DialectTableOptions> dialectOptions() {
        return List.copyOf(dialectOptions);
    }

    List<Constraint> constraints() {
        return List.copyOf(constraints);
    }

    List<Index> indexes() {
        return List.copyOf(indexes);
    }

    String comment() {
        return comment;
    }
}
