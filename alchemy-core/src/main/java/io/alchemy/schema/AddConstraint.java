package io.alchemy.schema;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
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
    String render(DdlCompiler compiler, Dialect dialect) {
        return compiler.visitAddConstraint(this, dialect);
    }
}
