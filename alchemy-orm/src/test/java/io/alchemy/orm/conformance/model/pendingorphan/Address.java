package io.alchemy.orm.conformance.model.pendingorphan;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** PendingOrphanTestSingleLevel: Address. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer addressId;
    @MappedColumn(foreignKey = "users.user_id") @Nullable Integer userId;
    @MappedColumn(length = 40) @Nullable String emailAddress;
    @Relationship(backPopulates = "addresses") @Nullable User user;

    public Address() {
    }

    public Address(@Nullable String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public @Nullable Integer getAddressId() {
        return addressId;
    }

    public void setAddressId(@Nullable Integer addressId) {
        this.addressId = addressId;
    }

    public @Nullable Integer getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Integer userId) {
        this.userId = userId;
    }

    public @Nullable String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(@Nullable String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public @Nullable User getUser() {
        return user;
    }

    public void setUser(@Nullable User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Address(addressId=" + addressId + ", userId=" + userId + ", emailAddress=" + emailAddress + ")";
    }
}
