package io.alchemy.orm.conformance.model.raiseload;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_unitofworkv2.py RaiseLoadIgnoredTest: B. */
@Mapped(table = "b")
public class B {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "a.id") @Nullable Integer aId;
    @Relationship(backPopulates = "bs", lazy = io.alchemy.orm.Lazy.RAISE) @Nullable A user;

    public B() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getAId() {
        return aId;
    }

    public void setAId(@Nullable Integer aId) {
        this.aId = aId;
    }

    public @Nullable A getUser() {
        return user;
    }

    public void setUser(@Nullable A user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "B(id=" + id + ", aId=" + aId + ")";
    }
}
