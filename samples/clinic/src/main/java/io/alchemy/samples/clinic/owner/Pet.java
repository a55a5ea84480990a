package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.samples.clinic.model.NamedEntity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pet of an owner, of a kind: the base of a single-table hierarchy ({@link Dog}, {@link Cat}, this class for any
 * other animal) told apart by the {@code kind} column. Its type loads with it (an inner join: the foreign key is NOT
 * NULL), its visits on first read unless the query loads them. A query of pets reads the columns of its subclasses
 * too (a dog's breed, a cat's indoor flag), in the same SELECT: they are columns of the same table.
 */
@Mapped(table = "pet", polymorphicOn = "kind", polymorphicIdentity = "pet")
public class Pet extends NamedEntity {
    @MappedColumn(length = 10) @Nullable String kind;
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

    /** The pet of the kind its type names: a {@link Dog}, a {@link Cat}, or a pet of no class of its own. */
    public static Pet of(PetType type, String name, LocalDate birthDate) {
        Pet pet = switch (type.getName()) {
            case Dog.KIND -> new Dog();
            case Cat.KIND -> new Cat();
            default -> new Pet();
        };
        pet.name = name;
        pet.birthDate = birthDate;
        pet.type = type;
        return pet;
    }

    /** {@code dog}, {@code cat} or {@code pet}: the discriminator, set by the flush. */
    public @Nullable String getKind() {
        return kind;
    }

    /** The kind a pet of {@code type} is (its class's discriminator). */
    public static String kindOf(PetType type) {
        return switch (type.getName()) {
            case Dog.KIND, Cat.KIND -> type.getName();
            default -> KIND;
        };
    }

    static final String KIND = "pet";

    /** This pet's own kind. */
    public String kind() {
        return KIND;
    }

    /** What the pet's own class adds (a dog's breed, whether a cat lives indoors), for the owner page. */
    public String details() {
        return "";
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

}
