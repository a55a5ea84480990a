package io.alchemy.orm.conformance.model.m2onoorphan;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteNoOrphanTest: T3. */
@Mapped(table = "t3")
public class T3 {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 50) @Nullable String data;

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

    @Override
    public String toString() {
        return "T3(id=" + id + ", data=" + data + ")";
    }
}
