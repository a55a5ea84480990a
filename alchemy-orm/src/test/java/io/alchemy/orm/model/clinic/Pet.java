package io.alchemy.orm.model.clinic;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** A pet: its owner and its type are NOT NULL foreign keys; its type loads eagerly (JOINED). */
@Mapped(table = "pet")
public class Pet {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @MappedColumn(foreignKey = "owner.id") Integer ownerId;
    @MappedColumn(foreignKey = "pet_type.id") Integer typeId;
    @Relationship(backPopulates = "pets") Owner owner;
    @Relationship(lazy = Lazy.JOINED) PetType type;

    protected Pet() {
    }

    public Pet(String name, PetType type) {
        this.name = name;
        this.type = type;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Owner getOwner() {
        return owner;
    }

    public void setOwner(Owner owner) {
        this.owner = owner;
    }

    public PetType getType() {
        return type;
    }
}
