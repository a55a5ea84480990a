package io.alchemy.spring.boot.autoconfigure.orm.vets;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.LinkedHashSet;
import java.util.Set;

/** A vet whose specialties go through {@code vet_specialties}, which no class maps (JPA's {@code @JoinTable}). */
@Mapped(table = "vets")
public class Vet {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(secondary = "vet_specialties", joinColumns = "vet_id", inverseJoinColumns = "specialty_id")
    private final Set<Specialty> specialties = new LinkedHashSet<>();

    protected Vet() {
    }

    public Vet(String name) {
        this.name = name;
    }

    public Set<Specialty> getSpecialties() {
        return specialties;
    }
}
