package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;

/** A kind of pet: nothing but the inherited {@code id} and {@code name}. */
@Mapped(table = "inh_types")
public class PetType extends NamedEntity {
    protected PetType() {
    }

    public PetType(String name) {
        setName(name);
    }
}
