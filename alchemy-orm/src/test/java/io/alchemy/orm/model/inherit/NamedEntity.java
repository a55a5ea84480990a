package io.alchemy.orm.model.inherit;

import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/** PetClinic's {@code NamedEntity}: a name, with its Bean Validation constraint on the field. */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {
    @MappedColumn(length = 30) @NotBlank private String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(id=" + getId() + ", name='" + name + "')";
    }
}
