package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A kind of pet (cat, dog, …), chosen from a list on the pet form. */
@Mapped(table = "pet_type")
public class PetType {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30, unique = true) String name;

    protected PetType() {
    }

    public PetType(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
