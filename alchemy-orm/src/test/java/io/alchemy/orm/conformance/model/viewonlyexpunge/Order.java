package io.alchemy.orm.conformance.model.viewonlyexpunge;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_cascade.py ViewonlyCascadeUpdate: Order. */
@Mapped(table = "orders")
public class Order {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 30) @Nullable String description;

    public Order() {
    }

    public Order(@Nullable String description) {
        this.description = description;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Integer userId) {
        this.userId = userId;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return "Order(id=" + id + ", userId=" + userId + ", description=" + description + ")";
    }
}
