package io.alchemy.schema;

import java.util.Objects;

/** DROP TABLE. */
public final class DropTable extends DdlElement {
    private final Table table;

    public DropTable(Table table) {
        this.table = Objects.requireNonNull(table, "table");
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
