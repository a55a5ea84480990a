package io.alchemy.orm.conformance.model.nobackref;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NoBackrefCascadeTest: Address. */
@Mapped(table = "addresses")
public class Address {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "users.id") @Nullable Integer userId;
    @MappedColumn(length = 50) @Nullable String emailAddress;
    @Relationship(backPopulates = "addresses") @Nullable User user;
    @Relationship(backPopulates = "address", orderBy = "id") List<Dingaling> dingalings = new ArrayList<>();

    public Address() {
    }

    public Address(@Nullable String emailAddress) {
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

    public @Nullable User getUser() {
        return user;
    }

    public void setUser(@Nullable User user) {
        this.user = user;
    }

    public List<Dingaling> getDingalings() {
        return dingalings;
    }

    public void setDingalings(List<Dingaling> dingalings) {
        this.dingalings = dingalings;
    }

    @Override
    public String toString() {
        return "Address(id=" + id + ", userId=" + userId + ", emailAddress=" + emailAddress + ")";
    }
}
