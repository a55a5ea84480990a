package io.alchemy.orm.conformance.model.pendingtwo;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** PendingOrphanTestTwoLevel: Order. */
@Mapped(table = "order")
public class Order {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @Relationship(cascade = "all, delete-orphan", orderBy = "id") List<Item> items = new ArrayList<>();

    public Order() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    @Override
    public String toString() {
        return "Order(id=" + id + ")";
    }
}
