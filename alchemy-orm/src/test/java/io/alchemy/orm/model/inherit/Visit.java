package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** A visit, related to both hierarchies through their base classes: a {@link Pet} and a member of {@link Staff}. */
@Mapped(table = "inh_visits")
public class Visit extends BaseEntity {
    @MappedColumn(length = 60) String description = "";
    @MappedColumn(foreignKey = "inh_pets.id") @Nullable Integer petId;
    @Relationship(lazy = Lazy.JOINED) @Nullable Pet pet;
    @MappedColumn(foreignKey = "inh_staff.id") @Nullable Integer staffId;
    @Relationship @Nullable Staff staff;

    protected Visit() {
    }

    public Visit(String description, Pet pet, Staff staff) {
        this.description = description;
        this.pet = pet;
        this.staff = staff;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable Pet getPet() {
        return pet;
    }

    public @Nullable Staff getStaff() {
        return staff;
    }
}
