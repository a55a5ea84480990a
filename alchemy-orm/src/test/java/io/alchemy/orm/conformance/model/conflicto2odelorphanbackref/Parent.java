package io.alchemy.orm.conformance.model.conflicto2odelorphanbackref;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** O2MConflictTest: Parent. */
@Mapped(table = "parent")
public class Parent {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @Relationship(cascade = "all, delete, delete-orphan", backPopulates = "parent") @Nullable Child child;

    public Parent() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Child getChild() {
        return child;
    }

    public void setChild(@Nullable Child child) {
        this.child = child;
    }

    @Override
    public String toString() {
        return "Parent(id=" + id + ")";
    }
}
