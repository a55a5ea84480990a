package io.alchemy.orm.conformance.model.m2otwo;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestTwo: T1. */
@Mapped(table = "t1")
public class T1 {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 50) @Nullable String data;
    @MappedColumn(foreignKey = "t2.id") @Nullable Integer t2id;
    @Relationship(cascade = "all, delete-orphan") @Nullable T2 t2;

    public T1() {
    }

    public T1(@Nullable String data) {
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

    public @Nullable Integer getT2id() {
        return t2id;
    }

    public void setT2id(@Nullable Integer t2id) {
        this.t2id = t2id;
    }

    public @Nullable T2 getT2() {
        return t2;
    }

    public void setT2(@Nullable T2 t2) {
        this.t2 = t2;
    }

    @Override
    public String toString() {
        return "T1(id=" + id + ", data=" + data + ", t2id=" + t2id + ")";
    }
}
