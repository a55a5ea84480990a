package io.alchemy.orm.conformance.model.compositenull;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_merge.py CompositeNullPksTest: Data. */
@Mapped(table = "data")
public class Data {
    @MappedColumn(primaryKey = true, length = 10) @Nullable String pk1;
    @MappedColumn(primaryKey = true, length = 10) @Nullable String pk2;

    public Data() {
    }

    public @Nullable String getPk1() {
        return pk1;
    }

    public void setPk1(@Nullable String pk1) {
        this.pk1 = pk1;
    }

    public @Nullable String getPk2() {
        return pk2;
    }

    public void setPk2(@Nullable String pk2) {
        this.pk2 = pk2;
    }

    @Override
    public String toString() {
        return "Data(pk1=" + pk1 + ", pk2=" + pk2 + ")";
    }
}
