package io.alchemy.orm.conformance.model.m2m;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** M2MCascadeTest: C. */
@Mapped(table = "c")
public class C {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String data;
    @MappedColumn(foreignKey = "b.id") @Nullable Integer bid;

    public C() {
    }

    public C(@Nullable String data) {
        this.data = data;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getData() {
        return data;
    }

    public void setData(@Nullable String data) {
        this.data = data;
    }

    public @Nullable Integer getBid() {
        return bid;
    }

    public void setBid(@Nullable Integer bid) {
        this.bid = bid;
    }

    @Override
    public String toString() {
        return "C(id=" + id + ", data=" + data + ", bid=" + bid + ")";
    }
}
