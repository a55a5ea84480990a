package io.alchemy.samples.clinic.model;

import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An entity with a name (a pet, a pet type, a specialty). */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {
    @MappedColumn(length = 30) @NotBlank @Size(max = 30) protected String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(id=" + id + ", " + name + ")";
    }
}
