package io.alchemy.orm.model.clinic;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** An owner whose pets load eagerly (SELECTIN), as a JPA {@code @OneToMany(fetch = EAGER)} would. */
@Mapped(table = "owner")
public class Owner {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(backPopulates = "owner", lazy = Lazy.SELECTIN) List<Pet> pets = new ArrayList<>();

    protected Owner() {
    }

    public Owner(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
