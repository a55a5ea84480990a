package io.alchemy.orm.model.clinic;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A kind of pet, referred to by pets through a NOT NULL foreign key. */
@Mapped(table = "pet_type")
public class PetType {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;

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
}
