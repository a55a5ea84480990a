package io.alchemy.demo.user;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** An email address of a {@link User}. */
@Mapped(table = "address")
public class Address {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String emailAddress;
    @MappedColumn(foreignKey = "user_account.id", index = true) Integer userId;
    @Relationship(backPopulates = "addresses") User user;

    protected Address() {
    }

    public Address(String emailAddress, int userId) {
        this.emailAddress = emailAddress;
        this.userId = userId;
    }

    public Integer getId() {
        return id;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public Integer getUserId() {
        return userId;
    }

    @Override
    public String toString() {
        return "Address(id=" + id + ", email_address='" + emailAddress + "')";
    }
}
