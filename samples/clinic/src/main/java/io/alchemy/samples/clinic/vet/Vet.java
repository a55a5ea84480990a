package io.alchemy.samples.clinic.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.Relationship;
import io.alchemy.samples.clinic.model.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * A vet of the clinic and the specialties they practise: a many-to-many whose association table {@code vet_specialty}
 * is declared on the relationship (JPA's {@code @JoinTable}), created with the mapped tables.
 */
@Mapped(table = "vet")
public class Vet extends Person {
    @Relationship(secondary = "vet_specialty", joinColumns = "vet_id", inverseJoinColumns = "specialty_id",
            orderBy = "name")
    private final List<Specialty> specialties = new ArrayList<>();

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
