package io.alchemy.orm.conformance.model.rowswitch;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_unitofworkv2.py RowswitchM2OTest: C. */
@Mapped(table = "c")
public class C {
    @MappedColumn(primaryKey = true) @Nullable Integer id;

    public C() {
    }

    public C(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "C(id=" + id + ")";
    }
}
