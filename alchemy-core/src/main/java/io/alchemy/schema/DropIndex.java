package io.alchemy.schema;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
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
    String render(DdlCompiler compiler, Dialect dialect) {
        return compiler.visitDropIndex(this, dialect);
    }
}
