package io.alchemy.orm.conformance.model.doubleparento2o;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** DoubleParentO2MOrphanTest: SalesRep. */
@Mapped(table = "sales_reps")
public class SalesRep {
    @MappedColumn(primaryKey = true) @Nullable Integer salesRepId;
    @MappedColumn(length = 50) @Nullable String name;
    @Relationship(cascade = "all,delete-orphan", backPopulates = "salesRep") @Nullable Customer customers;

    public SalesRep() {
    }

    public SalesRep(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Integer getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(@Nullable Integer salesRepId) {
        this.salesRepId = salesRepId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Customer getCustomers() {
        return customers;
    }

    public void setCustomers(@Nullable Customer customers) {
        this.customers = customers;
    }

    @Override
    public String toString() {
        return "SalesRep(salesRepId=" + salesRepId + ", name=" + name + ")";
    }
}
