package io.alchemy.orm.conformance.model.doubleparent;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** DoubleParentO2MOrphanTest: SalesRep. */
@Mapped(table = "sales_reps")
public class SalesRep {
    @MappedColumn(primaryKey = true) @Nullable Integer salesRepId;
    @MappedColumn(length = 50) @Nullable String name;
    @Relationship(cascade = "all,delete-orphan", backPopulates = "salesRep", orderBy = "customer_id") List<Customer> customers = new ArrayList<>();

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

    public List<Customer> getCustomers() {
        return customers;
    }

    public void setCustomers(List<Customer> customers) {
        this.customers = customers;
    }

    @Override
    public String toString() {
        return "SalesRep(salesRepId=" + salesRepId + ", name=" + name + ")";
    }
}
