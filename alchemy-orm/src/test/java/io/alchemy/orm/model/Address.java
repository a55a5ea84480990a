package io.alchemy.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** The tutorial's {@code Address} (reference §1.4): columns in declaration order (id, email_address, user_id). */
@Mapped(table = "address")
public class Address {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String emailAddress;
    @MappedColumn(foreignKey = "user_account.id") @Nullable Integer userId;
    @Relationship(backPopulates = "addresses") User user;

    protected Address() {
    }

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public Address(String emailAddress, User user) {
        this.emailAddress = emailAddress;
        this.user = user;
    }

    public Integer getId() {
        return id;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Address(id=" + (id == null ? "None" : id) + ", email_address=" + User.quoted(emailAddress) + ")";
    }
}
