package io.alchemy.samples.clinic.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A field of veterinary medicine (radiology, surgery, …). */
@Mapped(table = "specialty")
public class Specialty {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 80, unique = true) String name;

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
}
