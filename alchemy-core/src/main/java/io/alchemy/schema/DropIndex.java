package io.alchemy.schema;

import java.util.Objects;

/** DROP INDEX. */
public final class DropIndex extends DdlElement {
    private final Index index;

    public DropIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The index this statement is about. */
    public Index index() {
        return index;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitDropIndex(this, context);
    }
}
