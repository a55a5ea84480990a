package io.alchemy.spring.boot.autoconfigure.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A second mapped class, with a foreign key to {@link Customer}. */
@Mapped
public class Purchase {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "customer.id") Integer customerId;
    @MappedColumn(length = 50) String item;

    protected Purchase() {
    }

    public Purchase(Integer customerId, String item) {
        this.customerId = customerId;
        this.item = item;
    }

    public Integer getId() {
        return id;
    }

    public String getItem() {
        return item;
    }
}
