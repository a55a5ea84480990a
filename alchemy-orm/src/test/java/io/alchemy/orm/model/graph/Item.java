package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** An item that order lines refer to. */
@Mapped(table = "item")
public class Item {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;

    protected Item() {
    }

    public Item(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
