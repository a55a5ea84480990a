package io.alchemy.spring.boot.autoconfigure.orm.vets;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A specialty of a {@link Vet}. */
@Mapped(table = "specialties")
public class Specialty {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;

    protected Specialty() {
    }

    public Specialty(String name) {
        this.name = name;
    }
}
