package io.alchemy.schema;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * ALTER TABLE … DROP CONSTRAINT (MySQL: DROP FOREIGN KEY / INDEX / CHECK) of an attached constraint, under its
 * declared name or under the name the database gave it.
 */
public final class DropConstraint extends DdlElement {
    private final Constraint constraint;
    private final String name;

    public DropConstraint(Constraint constraint) {
        this(constraint, constraint.name());
    }

    /** Drops {@code constraint}, which the database knows as {@code nameInDatabase}. */
    public DropConstraint(Constraint constraint, String nameInDatabase) {
        this.constraint = Objects.requireNonNull(constraint, "constraint");
        this.name = nameInDatabase;
    }

    /** The constraint to drop. */
    public Constraint constraint() {
        return constraint;
    }

    /** The name to drop it by, or {@code null} when unknown. */
    public @Nullable String name() {
        return name;
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitDropConstraint(this, context);
    }
}
