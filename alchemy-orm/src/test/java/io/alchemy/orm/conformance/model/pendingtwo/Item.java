package io.alchemy.orm.conformance.model.pendingtwo;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** PendingOrphanTestTwoLevel: Item. */
@Mapped(table = "item")
public class Item {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "order.id") Integer orderId;
    @Relationship(cascade = "all, delete-orphan", orderBy = "id") List<Attribute> attributes = new ArrayList<>();

    public Item() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getOrderId() {
        return orderId;
    }

    public void setOrderId(@Nullable Integer orderId) {
        this.orderId = orderId;
    }

    public List<Attribute> getAttributes() {
        return attributes;
    }

    public void setAttributes(List<Attribute> attributes) {
        this.attributes = attributes;
    }

    @Override
    public String toString() {
        return "Item(id=" + id + ", orderId=" + orderId + ")";
    }
}
