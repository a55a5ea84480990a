package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** The association object between an order and an item: its primary key is both foreign keys. */
@Mapped(table = "order_line")
public class OrderLine {
    @MappedColumn(primaryKey = true, foreignKey = "purchase_order.id") Integer orderId;
    @MappedColumn(primaryKey = true, foreignKey = "item.id") Integer itemId;
    @MappedColumn int quantity;
    @Relationship(backPopulates = "lines") Order order;
    @Relationship Item item;

    protected OrderLine() {
    }

    public OrderLine(Item item, int quantity) {
        this.item = item;
        this.quantity = quantity;
    }

    public Order getOrder() {
        return order;
    }

    public Item getItem() {
        return item;
    }

    public int getQuantity() {
        return quantity;
    }
}
