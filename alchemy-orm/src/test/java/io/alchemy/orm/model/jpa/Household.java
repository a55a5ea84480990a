package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * JPA's unidirectional {@code @OneToMany @JoinColumn(name = "household_id")}: the foreign key is named here, and
 * {@link Resident} maps no attribute for it.
 */
@Mapped(table = "household")
public class Household {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(joinColumns = "household_id", cascade = "all, delete-orphan", orderBy = "name", lazy = Lazy.SELECTIN)
    private final List<Resident> residents = new ArrayList<>();

    protected Household() {
    }

    public Household(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public List<Resident> getResidents() {
        return residents;
    }
}
