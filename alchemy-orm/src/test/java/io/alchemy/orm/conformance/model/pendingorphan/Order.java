package io.alchemy.orm.conformance.model.pendingorphan;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** PendingOrphanTestSingleLevel: Order. */
@Mapped(table = "orders")
public class Order {
    @MappedColumn(primaryKey = true) @Nullable Integer orderId;
    @MappedColumn(foreignKey = "users.user_id") Integer userId;

    public Order() {
    }

    public @Nullable Integer getOrderId() {
        return orderId;
    }

    public void setOrderId(@Nullable Integer orderId) {
        this.orderId = orderId;
    }

    public @Nullable Integer getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Integer userId) {
        this.userId = userId;
    }

    @Override
    public String toString() {
        return "Order(orderId=" + orderId + ", userId=" + userId + ")";
    }
}
