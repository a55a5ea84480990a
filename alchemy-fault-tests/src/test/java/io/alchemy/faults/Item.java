package io.alchemy.faults;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A row the fault suite flushes in bulk. */
@Mapped
public class Item {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;

    protected Item() {
    }

    public Item(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }
}
