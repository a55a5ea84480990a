package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A single-table subclass: its column {@code breed} is added to {@code inh_pets}. */
@Mapped(polymorphicIdentity = "dog")
public class Dog extends Pet {
    @MappedColumn(length = 30) String breed = "";

    protected Dog() {
    }

    public Dog(String name, String breed) {
        super(name);
        this.breed = breed;
    }

    public String getBreed() {
        return breed;
    }

    public void setBreed(String breed) {
        this.breed = breed;
    }
}
