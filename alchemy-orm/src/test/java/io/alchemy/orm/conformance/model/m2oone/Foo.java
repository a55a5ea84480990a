package io.alchemy.orm.conformance.model.m2oone;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** M2OCascadeDeleteOrphanTestOne: Foo. */
@Mapped(table = "foo")
public class Foo {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 40) @Nullable String data;

    public Foo() {
    }

    public Foo(@Nullable String data) {
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
        return "Foo(id=" + id + ", data=" + data + ")";
    }
}
