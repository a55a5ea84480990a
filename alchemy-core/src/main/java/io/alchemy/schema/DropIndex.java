package io.alchemy.schema;

import java.util.Objects;

/** DROP INDEX. */
public final class DropIndex extends DdlElement {
    private final Index index;
    private final boolean ifExists;

    public DropIndex(Index index) {
        this(index, false);
    }

    private DropIndex(Index index, boolean ifExists) {
        this.index = Objects.requireNonNull(index, "index");
        this.ifExists = ifExists;
    }

    /** The same statement as {@code DROP INDEX IF EXISTS} (not on MySQL; MariaDB has it). */
    public DropIndex ifExists() {
        return new DropIndex(index, true);
    }

    /** Whether this is {@code DROP INDEX IF EXISTS}. */
    public boolean isIfExists() {
        return ifExists;
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
