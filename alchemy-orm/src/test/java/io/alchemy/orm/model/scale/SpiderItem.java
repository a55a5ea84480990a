package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** An item in a MariaDB Spider table whose hash partitions live on two data-node servers. */
@Mapped(table = "spider_items")
public class SpiderItem {
    @MappedColumn(primaryKey = true, autoincrement = MappedColumn.Autoincrement.NEVER) Long id;
    @MappedColumn(length = 50) String name;
    @MappedColumn Integer quantity;

    protected SpiderItem() {
    }

    public SpiderItem(long id, String name, int quantity) {
        this.id = id;
        this.name = name;
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
