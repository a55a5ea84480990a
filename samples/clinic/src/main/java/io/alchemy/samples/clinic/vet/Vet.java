package io.alchemy.samples.clinic.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.Relationship;
import io.alchemy.samples.clinic.model.Person;
import java.util.ArrayList;
import java.util.List;

/** A vet of the clinic and the specialties they practise (many-to-many through {@code vet_specialty}). */
@Mapped(table = "vet")
public class Vet extends Person {
    @Relationship(secondary = "vet_specialty", orderBy = "name") List<Specialty> specialties = new ArrayList<>();

    protected Vet() {
    }

    public Vet(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /** The specialties, by name; empty for a general practitioner. */
    public List<Specialty> getSpecialties() {
        return specialties;
    }
}
