package io.alchemy.orm.model.jpa;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** A second parent-side foreign key into {@link Resident}, without delete-orphan: removal clears the column. */
@Mapped(table = "club")
public class Club {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @Relationship(joinColumns = "club_id") List<Resident> members = new ArrayList<>();

    protected Club() {
    }

    public Club(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public List<Resident> getMembers() {
        return members;
    }
}
