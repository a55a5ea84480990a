package io.alchemy.orm.conformance.model.m2ouser;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_merge.py MergeTest.test_many_to_one_cascade: Address, {@code user = relationship(User)}. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;
    @Relationship @Nullable User user;

    public Address() {
    }

    public Address(@Nullable Integer id, @Nullable String emailAddress, @Nullable User user) {
        this.id = id;
        this.emailAddress = emailAddress;
        this.user = user;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public @Nullable User getUser() {
        return user;
    }

    public void setUser(@Nullable User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Address(id=" + id + ", email_address=" + emailAddress + ")";
    }
}
