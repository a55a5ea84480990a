package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/** NoSaveCascadeFlushTest._one_to_many_fixture(o2m=False, m2o=True, o2m_cascade=True, m2o_cascade=False): users. */
@Mapped(table = "users")
public class Ns6User {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String name;

    public Ns6User() {
    }

    public Ns6User(@Nullable String name) {
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
        return "Ns6User(id=" + id + ", name=" + name + ")";
    }
}
