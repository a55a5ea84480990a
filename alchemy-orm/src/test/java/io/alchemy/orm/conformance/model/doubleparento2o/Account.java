package io.alchemy.orm.conformance.model.doubleparento2o;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** DoubleParentO2MOrphanTest: Account. */
@Mapped(table = "accounts")
public class Account {
    @MappedColumn(primaryKey = true) @Nullable Integer accountId;
    @MappedColumn @Nullable Integer balance;
    @Relationship(cascade = "all,delete-orphan", backPopulates = "account") @Nullable Customer customers;

    public Account() {
    }

    public Account(@Nullable Integer balance) {
        this.balance = balance;
    }

    public @Nullable Integer getAccountId() {
        return accountId;
    }

    public void setAccountId(@Nullable Integer accountId) {
        this.accountId = accountId;
    }

    public @Nullable Integer getBalance() {
        return balance;
    }

    public void setBalance(@Nullable Integer balance) {
        this.balance = balance;
    }

    public @Nullable Customer getCustomers() {
        return customers;
    }

    public void setCustomers(@Nullable Customer customers) {
        this.customers = customers;
    }

    @Override
    public String toString() {
        return "Account(accountId=" + accountId + ", balance=" + balance + ")";
    }
}
