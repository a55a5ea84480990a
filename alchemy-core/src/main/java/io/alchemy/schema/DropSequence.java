package io.alchemy.schema;

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
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitDropSequence(this, context);
    }
}
