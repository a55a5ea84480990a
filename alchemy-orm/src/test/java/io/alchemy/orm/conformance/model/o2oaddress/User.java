package io.alchemy.orm.conformance.model.o2oaddress;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_merge.py MergeTest.test_one_to_one_cascade: User, {@code address = relationship(Address, uselist=False)}. */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;
    @Relationship @Nullable Address address;

    public User() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Address getAddress() {
        return address;
    }

    public void setAddress(@Nullable Address address) {
        this.address = address;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ")";
    }
}
