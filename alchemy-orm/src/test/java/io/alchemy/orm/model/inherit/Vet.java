package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** A joined-table subclass: a row in {@code inh_staff} and one in {@code inh_vets}. */
@Mapped(table = "inh_vets", polymorphicIdentity = "vet")
public class Vet extends Staff {
    @MappedColumn(length = 40) String specialty = "";
    @MappedColumn(foreignKey = "inh_types.id") @Nullable Integer favoriteTypeId;
    @Relationship @Nullable PetType favoriteType;        // its foreign key is in the subclass's own table

    protected Vet() {
    }

    public Vet(String firstName, String lastName, String specialty) {
        super(firstName, lastName);
        this.specialty = specialty;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public @Nullable PetType getFavoriteType() {
        return favoriteType;
    }

    public void setFavoriteType(@Nullable PetType favoriteType) {
        this.favoriteType = favoriteType;
    }
}
