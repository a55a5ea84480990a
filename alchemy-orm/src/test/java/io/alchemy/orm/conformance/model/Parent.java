package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's {@code BasicStaleChecksTest} {@code Parent} on table {@code parent} (id, data). */
@Mapped(table = "parent")
public class Parent {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn @Nullable Integer data;

    public Parent() {
    }

    public Parent(Integer id, Integer data) {
        this.id = id;
        this.data = data;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public @Nullable Integer getData() {
        return data;
    }

    public void setData(@Nullable Integer data) {
        this.data = data;
    }
}
