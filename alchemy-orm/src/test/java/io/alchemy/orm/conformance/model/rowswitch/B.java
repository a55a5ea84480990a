package io.alchemy.orm.conformance.model.rowswitch;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_unitofworkv2.py RowswitchM2OTest: B. */
@Mapped(table = "b")
public class B {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "a.id") @Nullable Integer aid;
    @MappedColumn(foreignKey = "c.id") @Nullable Integer cid;
    @MappedColumn(length = 50) @Nullable String data;
    @Relationship @Nullable C c;

    public B() {
    }

    public B(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getAid() {
        return aid;
    }

    public void setAid(@Nullable Integer aid) {
        this.aid = aid;
    }

    public @Nullable Integer getCid() {
        return cid;
    }

    public void setCid(@Nullable Integer cid) {
        this.cid = cid;
    }

    public @Nullable String getData() {
        return data;
    }

    public void setData(@Nullable String data) {
        this.data = data;
    }

    public @Nullable C getC() {
        return c;
    }

    public void setC(@Nullable C c) {
        this.c = c;
    }

    @Override
    public String toString() {
        return "B(id=" + id + ", aid=" + aid + ", cid=" + cid + ")";
    }
}
