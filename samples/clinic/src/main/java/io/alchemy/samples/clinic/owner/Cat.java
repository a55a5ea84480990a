package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/**
 * A cat: a pet that lives indoors or not (a column of the {@code pet} table, NULL for other kinds and for a cat not
 * said). A query of pets reads it with the pets' own columns, in the same SELECT.
 */
@Mapped(polymorphicIdentity = Cat.KIND)
public class Cat extends Pet {
    static final String KIND = "cat";

    @MappedColumn @Nullable Boolean indoor;

    /** A cat without details, for {@link Pet#of}. */
    public Cat() {
    }

    public @Nullable Boolean getIndoor() {
        return indoor;
    }

    public void setIndoor(@Nullable Boolean indoor) {
        this.indoor = indoor;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String details() {
        return indoor == null ? "" : indoor ? "indoor" : "outdoor";
    }
}
