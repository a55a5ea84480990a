package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code Keyword} on table {@code keywords}. */
@Mapped(table = "keywords")
public class Keyword {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) String name;

    public Keyword() {
    }

    public Keyword(String name) {
        this.name = name;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "Keyword(id=" + id + ", name=" + name + ")";
    }
}
