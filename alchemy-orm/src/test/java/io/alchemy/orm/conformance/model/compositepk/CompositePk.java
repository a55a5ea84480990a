package io.alchemy.orm.conformance.model.compositepk;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test/orm/_fixtures.py CompositePk: composite_pk_table (i, j) primary key, k NOT NULL. */
@Mapped(table = "composite_pk_table")
public class CompositePk {
    @MappedColumn(primaryKey = true) @Nullable Integer i;
    @MappedColumn(primaryKey = true) @Nullable Integer j;
    @MappedColumn(nullable = false) Integer k;

    public CompositePk() {
    }

    public @Nullable Integer getI() {
        return i;
    }

    public void setI(@Nullable Integer i) {
        this.i = i;
    }

    public @Nullable Integer getJ() {
        return j;
    }

    public void setJ(@Nullable Integer j) {
        this.j = j;
    }

    public @Nullable Integer getK() {
        return k;
    }

    public void setK(@Nullable Integer k) {
        this.k = k;
    }

    @Override
    public String toString() {
        return "CompositePk(i=" + i + ", j=" + j + ", k=" + k + ")";
    }
}
