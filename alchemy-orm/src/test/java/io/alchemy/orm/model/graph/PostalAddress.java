package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A postal address customers refer to twice. */
@Mapped(table = "postal_address")
public class PostalAddress {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String street;

    protected PostalAddress() {
    }

    public PostalAddress(String street) {
        this.street = street;
    }

    public Integer getId() {
        return id;
    }

    public String getStreet() {
        return street;
    }
}
