package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code Order} on table {@code orders}; items many-to-many through {@code order_items}. */
@Mapped(table = "orders")
public class Order {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(foreignKey = "addresses.id") @Nullable Integer addressId;
    @MappedColumn(length = 30) @Nullable String description;
    @MappedColumn @Nullable Integer isopen;
    @Relationship(backPopulates = "orders") @Nullable User user;
    @Relationship(secondary = "order_items", orderBy = "id") List<Item> items = new ArrayList<>();
    @Relationship @Nullable Address address;

    public Order() {
    }

    public Order(String description) {
        this.description = description;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getIsopen() {
        return isopen;
    }

    public void setIsopen(@Nullable Integer isopen) {
        this.isopen = isopen;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable User getUser() {
        return user;
    }

    public void setUser(@Nullable User user) {
        this.user = user;
    }

    public @Nullable Address getAddress() {
        return address;
    }

    public void setAddress(@Nullable Address address) {
        this.address = address;
    }

    public List<Item> getItems() {
        return items;
    }

    @Override
    public String toString() {
        return "Order(id=" + id + ", description=" + description + ")";
    }
}
