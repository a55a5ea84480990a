package io.alchemy.orm.conformance.model.doublem2o;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** DoubleParentM2OOrphanTest: Address on table addresses. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer addressId;
    @MappedColumn(length = 30) @Nullable String street;

    public Address() {
    }

    public Address(@Nullable String street) {
        this.street = street;
    }

    public @Nullable String getStreet() {
        return street;
    }
}
