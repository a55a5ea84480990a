package io.alchemy.schema;

import java.util.Objects;

/** ALTER TABLE … ADD CONSTRAINT: adds a constraint (typically a foreign key closing a cycle) to an existing table. */
public final class AddConstraint extends DdlElement {
    private final Constraint constraint;

    public AddConstraint(Constraint constraint) {
        this.constraint = Objects.requireNonNull(constraint, "constraint");
    }

    /** The constraint this statement is about. */
    public Constraint constraint() {
        return constraint;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitAddConstraint(this, context);
    }
}
