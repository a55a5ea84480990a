package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** An owner: a {@link Person} whose pets are of the single-table hierarchy's base class. */
@Mapped(table = "inh_owners")
public class Owner extends Person {
    @MappedColumn(length = 40) String city = "";
    @Relationship(backPopulates = "owner", orderBy = "id") List<Pet> pets = new ArrayList<>();

    protected Owner() {
    }

    public Owner(String firstName, String lastName, String city) {
        this.firstName = firstName;        // inherited protected fields written in the subclass's own code
        this.lastName = lastName;
        this.city = city;
    }

    public String getCity() {
        return city;
    }

    public List<Pet> getPets() {
        return pets;
    }

    /** Writes an inherited field in the subclass's own code. */
    public void rename(String firstName) {
        this.firstName = firstName;
    }

    /** Reads the inherited fields in the subclass's own code. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}
