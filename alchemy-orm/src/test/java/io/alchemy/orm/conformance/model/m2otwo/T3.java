package io.alchemy.orm.conformance.model.m2otwo;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestTwo: T3. */
@Mapped(table = "t3")
public class T3 {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 50) @Nullable String data;
    @Relationship(backPopulates = "t3") @Nullable T2 t2;

    public T3() {
    }

    public T3(@Nullable String data) {
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

    public @Nullable T2 getT2() {
        return t2;
    }

    public void setT2(@Nullable T2 t2) {
        this.t2 = t2;
    }

    @Override
    public String toString() {
        return "T3(id=" + id + ", data=" + data + ")";
    }
}
