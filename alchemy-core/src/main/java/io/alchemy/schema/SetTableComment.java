package io.alchemy.schema;

import java.util.Objects;

/** COMMENT ON TABLE, for databases that set comments with a statement of their own. */
public final class SetTableComment extends DdlElement {
    private final Table table;

    public SetTableComment(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The table this statement is about. */
    public Table table() {
        return table;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitSetTableComment(this, context);
    }
}
