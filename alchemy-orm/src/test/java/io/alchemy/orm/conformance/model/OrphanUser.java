package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code User} on table {@code users}, its addresses and orders with cascade "all, delete-orphan". */
@Mapped(table = "users")
public class OrphanUser {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) String name;
    @Relationship(backPopulates = "user", cascade = "all, delete-orphan", orderBy = "id") List<OrphanAddress> addresses = new ArrayList<>();
    @Relationship(backPopulates = "user", cascade = "all, delete-orphan", orderBy = "id") List<OrphanOrder> orders = new ArrayList<>();

    public OrphanUser() {
    }

    public OrphanUser(String name) {
        this.name = name;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public List<OrphanAddress> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<OrphanAddress> addresses) {
        this.addresses = addresses;
    }

    public List<OrphanOrder> getOrders() {
        return orders;
    }

    public void setOrders(List<OrphanOrder> orders) {
        this.orders = orders;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ")";
    }
}
