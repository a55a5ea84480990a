package io.alchemy.schema;

import java.util.Objects;

/** COMMENT ON COLUMN, for databases that set comments with a statement of their own. */
public final class SetColumnComment extends DdlElement {
    private final Column<?> column;

    public SetColumnComment(Column<?> column) {
        this.column = Objects.requireNonNull(column, "column");
    }

    /** The column this statement is about. */
    public Column<?> column() {
        return column;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitSetColumnComment(this, context);
    }
}
