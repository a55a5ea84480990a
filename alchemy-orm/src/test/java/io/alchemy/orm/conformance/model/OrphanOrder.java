package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code Order} on table {@code orders}. */
@Mapped(table = "orders")
public class OrphanOrder {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") Integer userId;
    @MappedColumn(foreignKey = "addresses.id") @Nullable Integer addressId;
    @MappedColumn(length = 30) @Nullable String description;
    @MappedColumn @Nullable Integer isopen;
    @Relationship(backPopulates = "orders") @Nullable OrphanUser user;

    public OrphanOrder() {
    }

    public OrphanOrder(String description) {
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

    public @Nullable OrphanUser getUser() {
        return user;
    }

    public void setUser(@Nullable OrphanUser user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Order(id=" + id + ", description=" + description + ")";
    }
}
