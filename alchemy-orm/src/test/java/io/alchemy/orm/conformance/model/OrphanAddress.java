package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code Address} on table {@code addresses}. */
@Mapped(table = "addresses")
public class OrphanAddress {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) String emailAddress;
    @Relationship(backPopulates = "addresses") @Nullable OrphanUser user;

    public OrphanAddress() {
    }

    public OrphanAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
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

    public @Nullable OrphanUser getUser() {
        return user;
    }

    public void setUser(@Nullable OrphanUser user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Address(id=" + id + ", email_address=" + emailAddress + ")";
    }
}
