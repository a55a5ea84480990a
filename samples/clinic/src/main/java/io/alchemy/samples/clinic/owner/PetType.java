package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Mapped;
import io.alchemy.samples.clinic.model.NamedEntity;

/** A kind of pet (cat, dog, …), chosen from a list on the pet form. */
@Mapped(table = "pet_type")
public class PetType extends NamedEntity {

    protected PetType() {
    }

    public PetType(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
