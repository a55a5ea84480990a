package io.alchemy.orm.conformance.model.o2osingleparent;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_cascade.py O2OSingleParentNoFlushTest: User. */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) String name;
    @Relationship(backPopulates = "user") @Nullable Address address;

    public User() {
    }

    public User(@Nullable String name) {
        this.name = name;
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
