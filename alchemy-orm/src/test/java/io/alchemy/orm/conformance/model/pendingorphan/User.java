package io.alchemy.orm.conformance.model.pendingorphan;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** PendingOrphanTestSingleLevel: User. */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer userId;
    @MappedColumn(length = 40) @Nullable String name;
    @Relationship(cascade = "all,delete-orphan", backPopulates = "user", orderBy = "address_id") List<Address> addresses = new ArrayList<>();
    @Relationship(cascade = "all, delete-orphan", orderBy = "order_id") List<Order> orders = new ArrayList<>();

    public User() {
    }

    public User(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Integer getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Integer userId) {
        this.userId = userId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Address> addresses) {
        this.addresses = addresses;
    }

    public List<Order> getOrders() {
        return orders;
    }

    public void setOrders(List<Order> orders) {
        this.orders = orders;
    }

    @Override
    public String toString() {
        return "User(userId=" + userId + ", name=" + name + ")";
    }
}
