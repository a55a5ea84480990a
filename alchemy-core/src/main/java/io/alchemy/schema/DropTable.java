package io.alchemy.schema;

import java.util.Objects;

/** DROP TABLE. */
public final class DropTable extends DdlElement {
    private final Table table;
    private final boolean ifExists;

    public DropTable(Table table) {
        this(table, false);
    }

    private DropTable(Table table, boolean ifExists) {
        this.table = Objects.requireNonNull(table, "table");
        this.ifExists = ifExists;
    }

    /** The same statement as {@code DROP TABLE IF EXISTS}: nothing happens when the table is absent. */
    public DropTable ifExists() {
        return new DropTable(table, true);
    }

    /** Whether this is {@code DROP TABLE IF EXISTS}. */
    public boolean isIfExists() {
        return ifExists;
    }

    /** The table this statement is about. */
    public Table table() {
        return table;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitDropTable(this, context);
    }
}
