package io.alchemy.schema;

import java.util.Objects;

/** CREATE SEQUENCE. */
public final class CreateSequence extends DdlElement {
    private final Sequence sequence;

    public CreateSequence(Sequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /** The sequence this statement is about. */
    public Sequence sequence() {
        return sequence;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitCreateSequence(this, context);
    }
}
