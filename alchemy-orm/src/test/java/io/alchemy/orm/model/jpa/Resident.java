package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A resident: its table gets {@code household_id} and {@code club_id} from the parents' relationships. */
@Mapped(table = "resident")
public class Resident {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;

    protected Resident() {
    }

    public Resident(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
