package io.alchemy.schema;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
import java.util.Objects;

/** DROP SEQUENCE. */
public final class DropSequence extends DdlElement {
    private final Sequence sequence;

    public DropSequence(Sequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /** The sequence this statement is about. */
    public Sequence sequence() {
        return sequence;
    }

    @Override
    String render(DdlCompiler compiler, Dialect dialect) {
        return compiler.visitDropSequence(this, dialect);
    }
}
