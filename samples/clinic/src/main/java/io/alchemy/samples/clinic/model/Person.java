package io.alchemy.samples.clinic.model;

import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person (an owner, a vet): first and last name, the last one indexed for searches. */
@MappedSuperclass
public abstract class Person extends BaseEntity {
    @MappedColumn(length = 30) @NotBlank @Size(max = 30) protected String firstName = "";
    @MappedColumn(length = 30, index = true) @NotBlank @Size(max = 30) protected String lastName = "";

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

    /** First and last name. */
    public String fullName() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(id=" + id + ", " + fullName() + ")";
    }
}
