package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** The base of a single-table hierarchy: every pet is a row of {@code inh_pets}, told apart by {@code kind}. */
@Mapped(table = "inh_pets", polymorphicOn = "kind", polymorphicIdentity = "pet")
public class Pet extends NamedEntity {
    @MappedColumn(length = 20) @Nullable String kind;
    @MappedColumn(foreignKey = "inh_owners.id") @Nullable Integer ownerId;
    @Relationship(backPopulates = "pets") @Nullable Owner owner;
    @MappedColumn(foreignKey = "inh_types.id") @Nullable Integer typeId;
    @Relationship @Nullable PetType type;

    protected Pet() {
    }

    public Pet(String name) {
        setName(name);
    }

    public @Nullable String getKind() {
        return kind;
    }

    public @Nullable Owner getOwner() {
        return owner;
    }

    public void setOwner(@Nullable Owner owner) {
        this.owner = owner;
    }

    public @Nullable PetType getType() {
        return type;
    }

    public void setType(@Nullable PetType type) {
        this.type = type;
    }
}
