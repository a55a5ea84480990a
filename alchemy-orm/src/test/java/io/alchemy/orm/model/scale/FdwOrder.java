package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** An order in a PostgreSQL table hash-partitioned by id, some partitions foreign (postgres_fdw) on another cluster. */
@Mapped(table = "fdw_orders")
public class FdwOrder {
    @MappedColumn(primaryKey = true, autoincrement = MappedColumn.Autoincrement.NEVER) Long id;
    @MappedColumn(length = 50) String customer;
    @MappedColumn Integer amount;

    protected FdwOrder() {
    }

    public FdwOrder(long id, String customer, int amount) {
        this.id = id;
        this.customer = customer;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public String getCustomer() {
        return customer;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }
}
