package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** The abstract base of a joined-table hierarchy: every member of staff has a row in {@code inh_staff}. */
@Mapped(table = "inh_staff", polymorphicOn = "type")
public abstract class Staff extends Person {
    @MappedColumn(length = 20) @Nullable String type;

    protected Staff() {
    }

    protected Staff(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public @Nullable String getType() {
        return type;
    }
}
