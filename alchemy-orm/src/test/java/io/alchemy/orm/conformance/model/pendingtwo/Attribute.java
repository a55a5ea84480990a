package io.alchemy.orm.conformance.model.pendingtwo;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** PendingOrphanTestTwoLevel: Attribute. */
@Mapped(table = "attribute")
public class Attribute {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "item.id") Integer itemId;

    public Attribute() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getItemId() {
        return itemId;
    }

    public void setItemId(@Nullable Integer itemId) {
        this.itemId = itemId;
    }

    @Override
    public String toString() {
        return "Attribute(id=" + id + ", itemId=" + itemId + ")";
    }
}
