package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._one_to_many_fixture(o2m=True, m2o=True, o2m_cascade=True, m2o_cascade=False): addresses. */
@Mapped(table = "addresses")
public class Ns7Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;
    @Relationship(cascade = "", backPopulates = "addresses") @Nullable Ns7User user;

    public Ns7Address() {
    }

    public Ns7Address(@Nullable String emailAddress) {
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

    public @Nullable Ns7User getUser() {
        return user;
    }

    public void setUser(@Nullable Ns7User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Ns7Address(id=" + id + ", userId=" + userId + ", emailAddress=" + emailAddress + ")";
    }
}
