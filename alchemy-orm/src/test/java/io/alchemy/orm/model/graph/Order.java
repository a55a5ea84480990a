package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** An order whose lines are association objects between it and items, with a quantity. */
@Mapped(table = "purchase_order")
public class Order {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String reference;
    @Relationship(backPopulates = "order", cascade = "all, delete-orphan") List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public Order(String reference) {
        this.reference = reference;
    }

    public Integer getId() {
        return id;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
