package io.alchemy.schema;

import java.util.Objects;

/** CREATE [UNIQUE] INDEX … ON table (columns). */
public final class CreateIndex extends DdlElement {
    private final Index index;
    private final boolean ifNotExists;

    public CreateIndex(Index index) {
        this(index, false);
    }

    private CreateIndex(Index index, boolean ifNotExists) {
        this.index = Objects.requireNonNull(index, "index");
        this.ifNotExists = ifNotExists;
    }

    /** The same statement as {@code CREATE INDEX IF NOT EXISTS} (not on MySQL; MariaDB has it). */
    public CreateIndex ifNotExists() {
        return new CreateIndex(index, true);
    }

    /** Whether this is {@code CREATE INDEX IF NOT EXISTS}. */
    public boolean isIfNotExists() {
        return ifNotExists;
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
