package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._many_to_many_fixture(fwd=True, bkd=False, fwd_cascade=False, bkd_cascade=True): keywords. */
@Mapped(table = "keywords")
public class Ns9Keyword {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;

    public Ns9Keyword() {
    }

    public Ns9Keyword(@Nullable String name) {
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

    public void setName(@Nullable String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Ns9Keyword(id=" + id + ", name=" + name + ")";
    }
}
