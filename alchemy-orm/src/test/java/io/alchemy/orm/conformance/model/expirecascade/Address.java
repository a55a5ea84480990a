package io.alchemy.orm.conformance.model.expirecascade;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_expire.py ExpireTest: Address. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;

    public Address() {
    }

    public Address(@Nullable Integer id, @Nullable String emailAddress) {
        this.id = id;
        this.emailAddress = emailAddress;
    }

    public @Nullable Integer getId() {
        return id;
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
