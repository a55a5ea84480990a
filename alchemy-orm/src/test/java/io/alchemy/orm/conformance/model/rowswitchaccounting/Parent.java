package io.alchemy.orm.conformance.model.rowswitchaccounting;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_unitofworkv2.py RowswitchAccountingTest: Parent. */
@Mapped(table = "parent")
public class Parent {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn @Nullable Integer data;
    @Relationship(cascade = "all, delete-orphan", backPopulates = "parent") @Nullable Child child;

    public Parent() {
    }

    public Parent(@Nullable Integer id) {
        this.id = id;
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

    public @Nullable Child getChild() {
        return child;
    }

    public void setChild(@Nullable Child child) {
        this.child = child;
    }

    @Override
    public String toString() {
        return "Parent(id=" + id + ", data=" + data + ")";
    }
}
