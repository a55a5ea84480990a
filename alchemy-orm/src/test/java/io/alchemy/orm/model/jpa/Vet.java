package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.LinkedHashSet;
import java.util.Set;

/** JPA's {@code @ManyToMany @JoinTable(name = "vet_specialties", …)}: no class maps the association table. */
@Mapped(table = "vets")
public class Vet {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(secondary = "vet_specialties", joinColumns = "vet_id", inverseJoinColumns = "specialty_id",
            backPopulates = "vets", orderBy = "name")
    private final Set<Specialty> specialties = new LinkedHashSet<>();

    protected Vet() {
    }

    public Vet(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Specialty> getSpecialties() {
        return specialties;
    }
}
