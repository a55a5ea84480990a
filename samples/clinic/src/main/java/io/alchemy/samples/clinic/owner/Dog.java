package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A dog: a pet with a breed (a column of the {@code pet} table, NULL for other kinds). */
@Mapped(polymorphicIdentity = Dog.KIND)
public class Dog extends Pet {
    static final String KIND = "dog";

    @MappedColumn(length = 30) @Size(max = 30) @Nullable String breed;

    /** A dog without details, for {@link Pet#of}. */
    public Dog() {
    }

    public @Nullable String getBreed() {
        return breed;
    }

    public void setBreed(@Nullable String breed) {
        this.breed = breed;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String details() {
        return breed == null ? "" : breed;
    }
}
