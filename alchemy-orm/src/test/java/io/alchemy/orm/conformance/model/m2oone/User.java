package io.alchemy.orm.conformance.model.m2oone;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestOne: User. */
@Mapped(table = "users")
public class User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 40) @Nullable String name;
    @MappedColumn(foreignKey = "prefs.id") @Nullable Integer prefId;
    @MappedColumn(foreignKey = "foo.id") @Nullable Integer fooId;
    @Relationship(cascade = "all, delete-orphan", lazy = io.alchemy.orm.Lazy.JOINED) @Nullable Pref pref;
    @Relationship @Nullable Foo foo;

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

    public @Nullable Integer getPrefId() {
        return prefId;
    }

    public void setPrefId(@Nullable Integer prefId) {
        this.prefId = prefId;
    }

    public @Nullable Integer getFooId() {
        return fooId;
    }

    public void setFooId(@Nullable Integer fooId) {
        this.fooId = fooId;
    }

    public @Nullable Pref getPref() {
        return pref;
    }

    public void setPref(@Nullable Pref pref) {
        this.pref = pref;
    }

    public @Nullable Foo getFoo() {
        return foo;
    }

    public void setFoo(@Nullable Foo foo) {
        this.foo = foo;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + name + ", prefId=" + prefId + ")";
    }
}
