package io.alchemy.orm.conformance.model.expirepending;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** test_expire.py ExpireTest: User, users.addresses with cascade="save-update, refresh-expire". */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;
    @Relationship(cascade = "save-update, refresh-expire", orderBy = "id") List<Address> addresses = new ArrayList<>();

    public User() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public @Nullable String getName() {
        return name;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ")";
    }
}
