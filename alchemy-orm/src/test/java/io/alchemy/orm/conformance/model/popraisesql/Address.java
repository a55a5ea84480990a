package io.alchemy.orm.conformance.model.popraisesql;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_merge.py MergeTest.test_relationship_population_maintained: Address. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;
    @Relationship(backPopulates = "addresses", viewonly = false, lazy = io.alchemy.orm.Lazy.RAISE_ON_SQL) @Nullable User user;

    public Address() {
    }

    public Address(@Nullable Integer userId, @Nullable String emailAddress) {
        this.userId = userId;
        this.emailAddress = emailAddress;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public @Nullable Integer getUserId() {
        return userId;
    }

    public @Nullable String getEmailAddress() {
        return emailAddress;
    }

    public @Nullable User getUser() {
        return user;
    }

    @Override
    public String toString() {
        return "Address(id=" + id + ", email_address=" + emailAddress + ")";
    }
}
