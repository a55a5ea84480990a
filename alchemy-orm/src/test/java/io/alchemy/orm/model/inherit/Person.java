package io.alchemy.orm.model.inherit;

import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/** PetClinic's {@code Person}: first and last name, constrained on the fields. */
@MappedSuperclass
public abstract class Person extends BaseEntity {
    @MappedColumn(length = 30) @NotBlank protected String firstName = "";
    @MappedColumn(length = 30) @NotBlank protected String lastName = "";

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
