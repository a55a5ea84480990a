package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** A subclass of a subclass, still in {@code inh_pets}. */
@Mapped(polymorphicIdentity = "puppy")
public class Puppy extends Dog {
    @MappedColumn @Nullable Integer ageWeeks;

    protected Puppy() {
    }

    public Puppy(String name, String breed, int ageWeeks) {
        super(name, breed);
        this.ageWeeks = ageWeeks;
    }

    public @Nullable Integer getAgeWeeks() {
        return ageWeeks;
    }
}
