package io.alchemy.orm.model.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A kind of patient. */
@Mapped(table = "vet_species")
public class Species {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;

    protected Species() {
    }

    public Species(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
