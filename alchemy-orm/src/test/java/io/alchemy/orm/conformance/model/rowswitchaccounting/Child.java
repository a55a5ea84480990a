package io.alchemy.orm.conformance.model.rowswitchaccounting;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_unitofworkv2.py RowswitchAccountingTest: Child. */
@Mapped(table = "child")
public class Child {
    @MappedColumn(primaryKey = true, foreignKey = "parent.id") @Nullable Integer id;
    @MappedColumn @Nullable Integer data;
    @Relationship(backPopulates = "child") @Nullable Parent parent;

    public Child() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getData() {
        return data;
    }

    public void setData(@Nullable Integer data) {
        this.data = data;
    }

    public @Nullable Parent getParent() {
        return parent;
    }

    public void setParent(@Nullable Parent parent) {
        this.parent = parent;
    }

    @Override
    public String toString() {
        return "Child(id=" + id + ", data=" + data + ")";
    }
}
