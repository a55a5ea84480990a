package io.alchemy.orm.conformance.model.o2oaddress;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_merge.py MergeTest.test_one_to_one_cascade: Address. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;

    public Address() {
    }

    public @Nullable String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(@Nullable String emailAddress) {
        this.emailAddress = emailAddress;
    }

    @Override
    public String toString() {
        return "Address(id=" + id + ", email_address=" + emailAddress + ")";
    }
}
