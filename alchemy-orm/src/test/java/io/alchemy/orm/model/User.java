package io.alchemy.orm.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tutorial's {@code User} (reference §1.4), as TOUR §4 writes it. */
@Mapped(table = "user_account")
public class User {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 30) String name;
    @MappedColumn @Nullable String fullname;
    @Relationship(backPopulates = "user") List<Address> addresses = new ArrayList<>();

    protected User() {
    }

    public User(String name, String fullname) {
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

    public String getFullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    @Override
    public String toString() {
        return "User(id=" + (id == null ? "None" : id) + ", name=" + quoted(name) + ", fullname=" + quoted(fullname) + ")";
    }

    static String quoted(String value) {
        return value == null ? "None" : "'" + value + "'";
    }
}
