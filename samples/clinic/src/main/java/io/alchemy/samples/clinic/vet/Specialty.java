package io.alchemy.samples.clinic.vet;

import io.alchemy.orm.Mapped;
import io.alchemy.samples.clinic.model.NamedEntity;

/** A field of veterinary medicine (radiology, surgery, …). */
@Mapped(table = "specialty")
public class Specialty extends NamedEntity {

    protected Specialty() {
    }

    public Specialty(String name) {
        this.name = name;
    }

}
