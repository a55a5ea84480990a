package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A joined-table subclass: a row in {@code inh_staff} and one in {@code inh_vets}. */
@Mapped(table = "inh_vets", polymorphicIdentity = "vet")
public class Vet extends Staff {
    @MappedColumn(length = 40) String specialty = "";

    protected Vet() {
    }

    public Vet(String firstName, String lastName, String specialty) {
        super(firstName, lastName);
        this.specialty = specialty;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }
}
