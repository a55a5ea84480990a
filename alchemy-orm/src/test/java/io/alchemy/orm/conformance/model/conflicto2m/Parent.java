package io.alchemy.orm.conformance.model.conflicto2m;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** O2MConflictTest: Parent. */
@Mapped(table = "parent")
public class Parent {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @Relationship(orderBy = "id") List<Child> child = new ArrayList<>();

    public Parent() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public List<Child> getChild() {
        return child;
    }

    public void setChild(List<Child> child) {
        this.child = child;
    }

    @Override
    public String toString() {
        return "Parent(id=" + id + ")";
    }
}
