package io.alchemy.orm.conformance.model.nobackref;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** NoBackrefCascadeTest: Dingaling. */
@Mapped(table = "dingalings")
public class Dingaling {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "addresses.id") @Nullable Integer addressId;
    @MappedColumn(length = 30) @Nullable String data;
    @Relationship(backPopulates = "dingalings") @Nullable Address address;

    public Dingaling() {
    }

    public Dingaling(@Nullable String data) {
        this.data = data;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getAddressId() {
        return addressId;
    }

    public void setAddressId(@Nullable Integer addressId) {
        this.addressId = addressId;
    }

    public @Nullable String getData() {
        return data;
    }

    public void setData(@Nullable String data) {
        this.data = data;
    }

    public @Nullable Address getAddress() {
        return address;
    }

    public void setAddress(@Nullable Address address) {
        this.address = address;
    }

    @Override
    public String toString() {
        return "Dingaling(id=" + id + ", addressId=" + addressId + ", data=" + data + ")";
    }
}
