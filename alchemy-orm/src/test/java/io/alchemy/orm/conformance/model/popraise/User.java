package io.alchemy.orm.conformance.model.popraise;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** test_merge.py MergeTest.test_relationship_population_maintained: User. */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;
    @Relationship(backPopulates = "user", orderBy = "id", viewonly = false, lazy = io.alchemy.orm.Lazy.RAISE) List<Address> addresses = new ArrayList<>();

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

    public List<Address> getAddresses() {
        return addresses;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ")";
    }
}
