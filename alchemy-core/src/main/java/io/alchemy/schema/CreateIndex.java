package io.alchemy.schema;

import java.util.Objects;

/** CREATE [UNIQUE] INDEX … ON table (columns). */
public final class CreateIndex extends DdlElement {
    private final Index index;

    public CreateIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The index this statement is about. */
    public Index index() {
        return index;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitCreateIndex(this, context);
    }
}
