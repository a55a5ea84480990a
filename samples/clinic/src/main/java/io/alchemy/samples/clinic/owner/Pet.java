package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pet of an owner: its type loads with it (an inner join: the foreign key is NOT NULL), its visits on first read
 * unless the query loads them.
 */
@Mapped(table = "pet")
public class Pet {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30) @NotBlank @Size(max = 30) String name;
    @MappedColumn @NotNull @PastOrPresent LocalDate birthDate;
    @MappedColumn(foreignKey = "owner.id") Integer ownerId;
    @MappedColumn(foreignKey = "pet_type.id") Integer typeId;
    @Relationship(backPopulates = "pets") Owner owner;
    @Relationship(lazy = Lazy.JOINED, innerjoin = true) @NotNull PetType type;
    @Relationship(backPopulates = "pet", cascade = "all, delete-orphan", orderBy = "visit_date")
    List<Visit> visits = new ArrayList<>();

    /** An empty pet, for the new-pet form. */
    public Pet() {
    }

    /** A pet with its details. */
    public Pet(String name, LocalDate birthDate, PetType type) {
        this.name = name;
        this.birthDate = birthDate;
        this.type = type;
    }

    public Integer getId() {
        return id;
    }

    /** Whether the pet has no row yet. */
    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public @Nullable PetType getType() {
        return type;
    }

    public void setType(PetType type) {
        this.type = type;
    }

    public Owner getOwner() {
        return owner;
    }

    /** The visits, oldest first. */
    public List<Visit> getVisits() {
        return visits;
    }

    /** Adds a visit (its pet becomes this pet). */
    public void addVisit(Visit visit) {
        visits.add(visit);
        visit.pet = this;
    }

    @Override
    public String toString() {
        return "Pet(id=" + id + ", " + name + ")";
    }
}
