package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._one_to_many_fixture(o2m=True, m2o=True, o2m_cascade=True, m2o_cascade=True): addresses. */
@Mapped(table = "addresses")
public class Ns3Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;
    @Relationship(cascade = "save-update", backPopulates = "addresses") @Nullable Ns3User user;

    public Ns3Address() {
    }

    public Ns3Address(@Nullable String emailAddress) {
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

    public @Nullable Ns3User getUser() {
        return user;
    }

    public void setUser(@Nullable Ns3User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Ns3Address(id=" + id + ", userId=" + userId + ", emailAddress=" + emailAddress + ")";
    }
}
