package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.NoSuchColumnError;
import io.alchemy.exc.NoSuchTableError;
import org.jspecify.annotations.Nullable;

/**
 * One column's reference to another table's column, part of a {@link ForeignKeyConstraint} (a column-level
 * {@code references("user_account.id")} makes a constraint of one). The target is named by a string,
 * {@code "table.column"} or {@code "schema.table.column"}, and resolved through the {@link MetaData} when needed,
 * so tables may be declared in any order.
 */
public final class ForeignKey {
    private final String target;
    private final String targetTable;
    private final String targetColumn;
    private Column<?> parent;
    private ForeignKeyConstraint constraint;

    ForeignKey(String target) {
        if (target == null || target.indexOf('.') <= 0 || target.endsWith(".")) {
            throw new ArgumentError("A foreign key target must be 'table.column' or 'schema.table.column', not '" + target + "'");
        }
        int dot = target.lastIndexOf('.');
        this.target = target;
        this.targetTable = target.substring(0, dot);
        this.targetColumn = target.substring(dot + 1);
    }

    void attach(Column<?> parentColumn, ForeignKeyConstraint owner) {
        this.parent = parentColumn;
        this.constraint = owner;
    }

    /** The target as written: {@code user_account.id}. */
    public String target() {
        return target;
    }

    /** The target table's key in the MetaData: {@code user_account} or {@code schema.user_account}. */
    public String targetTableKey() {
        return targetTable;
    }

    /** The target column's name. */
    public String targetColumnName() {
        return targetColumn;
    }

    /** The referencing column. */
    public Column<?> parent() {
        return parent;
    }

    /** The constraint this key belongs to. */
    public ForeignKeyConstraint constraint() {
        return constraint;
    }

    /** Whether the target is in {@code table}. */
    public boolean references(Table table) {
        return table.fullName().equals(targetTable);
    }

    /**
     * The referenced column, looked up in the parent table's MetaData: {@link NoSuchTableError} or
     * {@link NoSuchColumnError} naming this key when the target does not exist.
     */
    public Column<?> column() {
        Table table = targetTable();
        if (!table.hasColumn(targetColumn)) {
            throw new NoSuchColumnError("Foreign key " + this + ": table '" + targetTable + "' has no column '"
                    + targetColumn + "'; it has " + table.columnKeys());
        }
        return table.c(targetColumn);
    }

    /** The referenced table: {@link NoSuchTableError} naming this key when the MetaData has no such table. */
    public Table targetTable() {
        Table table = resolveTable();
        if (table == null) {
            throw new NoSuchTableError("Foreign key " + this + " refers to table '" + targetTable
                    + "', which is not in the MetaData" + (parent == null || parent.table() == null ? ""
                    : "; it has " + ((Table) parent.table()).metadata().tables().keySet()));
        }
        return table;
    }

    /** The referenced column, or {@code null} while it cannot be found. */
    @Nullable Column<?> columnOrNull() {
        Table table = resolveTable();
        return table != null && table.hasColumn(targetColumn) ? table.c(targetColumn) : null;
    }

    private Table resolveTable() {
        if (parent == null || !(parent.table() instanceof Table owner)) {
            return null;
        }
        return owner.metadata().tables().get(targetTable);
    }

    @Override
    public String toString() {
        return "ForeignKey(" + (parent == null ? "?" : parent.toString()) + " -> " + target + ")";
    }
}
