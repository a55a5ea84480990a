package io.alchemy.orm.conformance.model.conflicto2odelcascade;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** O2MConflictTest: Child. */
@Mapped(table = "child")
public class Child {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "parent.id") Integer parentId;

    public Child() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getParentId() {
        return parentId;
    }

    public void setParentId(@Nullable Integer parentId) {
        this.parentId = parentId;
    }

    @Override
    public String toString() {
        return "Child(id=" + id + ", parentId=" + parentId + ")";
    }
}
