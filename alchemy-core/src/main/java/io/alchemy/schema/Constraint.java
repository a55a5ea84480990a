package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import org.jspecify.annotations.Nullable;

/**
 * A table constraint: primary key, foreign key, unique or check. Built unattached (options return new instances),
 * then attached once to the table it is given to.
 */
public abstract class Constraint implements TableElement {
    private final String name;
    private Table table;

    protected Constraint(String name) {
        if (name != null && name.isBlank()) {
            throw new ArgumentError("A constraint name cannot be blank");
        }
        this.name = name;
    }

    /** The constraint's name, or {@code null} to let the database choose one. */
    public @Nullable String name() {
        return name;
    }

    /** The table, or {@code null} before the constraint is added to one. */
    public @Nullable Table table() {
        return table;
    }

    /** Attaches to {@code owner} and checks the constraint against it. */
    void attach(Table owner) {
        if (table != null && table != owner) {
            throw new ArgumentError(this + " already belongs to table '" + table.fullName()
                    + "'; create another one for table '" + owner.fullName() + "'");
        }
        table = owner;
        validate(owner);
    }

    /** Checks the constraint against the table it is being attached to. */
    void validate(Table owner) {
    }

    /** {@code name=..., } for toString, when named. */
    String namePrefix() {
        return name == null ? "" : "name='" + name + "', ";
    }
}
