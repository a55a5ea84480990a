package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** The inverse side of {@link Vet#getSpecialties()}: it names the association table only. */
@Mapped(table = "specialties")
public class Specialty {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(secondary = "vet_specialties", backPopulates = "specialties", orderBy = "name")
    List<Vet> vets = new ArrayList<>();

    protected Specialty() {
    }

    public Specialty(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Vet> getVets() {
        return vets;
    }
}
