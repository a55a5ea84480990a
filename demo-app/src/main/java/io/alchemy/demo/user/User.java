package io.alchemy.demo.user;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A user of the tutorial (TOUR §4): the name is unique, so the API answers a duplicate with 409. */
@Mapped(table = "user_account")
public class User {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30, unique = true) String name;
    @MappedColumn @Nullable String fullname;
    /** Deleting a user deletes its addresses (SQLAlchemy's {@code cascade="all, delete-orphan"}). */
    @Relationship(backPopulates = "user", cascade = "all, delete-orphan", orderBy = "id")
    List<Address> addresses = new ArrayList<>();

    protected User() {
    }

    public User(String name, @Nullable String fullname) {
        this.name = name;
        this.fullname = fullname;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getFullname() {
        return fullname;
    }

    public void setFullname(@Nullable String fullname) {
        this.fullname = fullname;
    }

    /** The addresses, loaded on first read (one SELECT for this user) unless the query loaded them. */
    public List<Address> getAddresses() {
        return addresses;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name='" + name + "')";
    }
}
