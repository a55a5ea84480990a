package io.alchemy.orm.conformance.model.doubleparento2o;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** DoubleParentO2MOrphanTest: Customer. */
@Mapped(table = "customers")
public class Customer {
    @MappedColumn(primaryKey = true) @Nullable Integer customerId;
    @MappedColumn(length = 50) @Nullable String name;
    @MappedColumn(foreignKey = "sales_reps.sales_rep_id") @Nullable Integer salesRepId;
    @MappedColumn(foreignKey = "accounts.account_id") @Nullable Integer accountId;
    @Relationship(backPopulates = "customers") @Nullable Account account;
    @Relationship(backPopulates = "customers") @Nullable SalesRep salesRep;

    public Customer() {
    }

    public Customer(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(@Nullable Integer customerId) {
        this.customerId = customerId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Integer getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(@Nullable Integer salesRepId) {
        this.salesRepId = salesRepId;
    }

    public @Nullable Integer getAccountId() {
        return accountId;
    }

    public void setAccountId(@Nullable Integer accountId) {
        this.accountId = accountId;
    }

    public @Nullable Account getAccount() {
        return account;
    }

    public void setAccount(@Nullable Account account) {
        this.account = account;
    }

    public @Nullable SalesRep getSalesRep() {
        return salesRep;
    }

    public void setSalesRep(@Nullable SalesRep salesRep) {
        this.salesRep = salesRep;
    }

    @Override
    public String toString() {
        return "Customer(customerId=" + customerId + ", name=" + name + ", salesRepId=" + salesRepId + ")";
    }
}
