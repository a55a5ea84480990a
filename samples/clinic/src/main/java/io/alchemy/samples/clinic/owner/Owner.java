package io.alchemy.samples.clinic.owner;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.samples.clinic.model.Person;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pet owner: the root of the aggregate the owner forms edit. Its pets load with it ({@code SELECTIN}: one more
 * SELECT for all the owners of a query), are saved and deleted with it.
 */
@Mapped(table = "owner")
public class Owner extends Person {
    @MappedColumn(length = 255) @NotBlank @Size(max = 255) String address = "";
    @MappedColumn(length = 80) @NotBlank @Size(max = 80) String city = "";
    @MappedColumn(length = 10) @NotBlank @Pattern(regexp = "\\d{10}", message = "must be 10 digits") String telephone = "";
    @Relationship(backPopulates = "owner", cascade = "all, delete-orphan", orderBy = "name", lazy = Lazy.SELECTIN)
    List<Pet> pets = new ArrayList<>();

    /** An empty owner, for the new-owner form. */
    public Owner() {
    }

    /** An owner with all its details. */
    public Owner(String firstName, String lastName, String address, String city, String telephone) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.address = address;
        this.city = city;
        this.telephone = telephone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    /** The pets, by name. */
    public List<Pet> getPets() {
        return pets;
    }

    /** Adds a pet (its owner becomes this owner). */
    public void addPet(Pet pet) {
        pets.add(pet);
        pet.owner = this;
    }

    /** The pet with this id, if the owner has it. */
    public Optional<Pet> pet(int petId) {
        return pets.stream().filter(pet -> Integer.valueOf(petId).equals(pet.getId())).findFirst();
    }

}
