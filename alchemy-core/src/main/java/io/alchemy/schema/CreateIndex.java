package io.alchemy.schema;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
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
    String render(DdlCompiler compiler, Dialect dialect) {
        return compiler.visitCreateIndex(this, dialect);
    }
}
