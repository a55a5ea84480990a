package io.alchemy.orm.conformance.model.m2otwo;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestTwo: T2. */
@Mapped(table = "t2")
public class T2 {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 50) @Nullable String data;
    @MappedColumn(foreignKey = "t3.id") @Nullable Integer t3id;
    @Relationship(cascade = "all, delete-orphan", backPopulates = "t2") @Nullable T3 t3;

    public T2() {
    }

    public T2(@Nullable String data) {
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

    public @Nullable Integer getT3id() {
        return t3id;
    }

    public void setT3id(@Nullable Integer t3id) {
        this.t3id = t3id;
    }

    public @Nullable T3 getT3() {
        return t3;
    }

    public void setT3(@Nullable T3 t3) {
        this.t3 = t3;
    }

    @Override
    public String toString() {
        return "T2(id=" + id + ", data=" + data + ", t3id=" + t3id + ")";
    }
}
