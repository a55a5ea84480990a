package io.alchemy.orm.conformance.model.lifecycle;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** test_expire.py LifecycleTest: Data. */
@Mapped(table = "data")
public class Data {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String data;

    public Data() {
    }

    public Data(@Nullable String data) {
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

    @Override
    public String toString() {
        return "Data(id=" + id + ", data=" + data + ")";
    }
}
