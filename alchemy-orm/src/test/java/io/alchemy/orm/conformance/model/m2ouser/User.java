package io.alchemy.orm.conformance.model.m2ouser;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_merge.py MergeTest.test_many_to_one_cascade: User, no relationships. */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;

    public User() {
    }

    public User(@Nullable Integer id, @Nullable String name) {
        this.id = id;
        this.name = name;
    }

    public @Nullable Integer getId() {
        return id;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ")";
    }
}
