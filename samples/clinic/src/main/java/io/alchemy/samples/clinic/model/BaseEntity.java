package io.alchemy.samples.clinic.model;

import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/** The generated integer primary key of every clinic entity. */
@MappedSuperclass
public abstract class BaseEntity {
    @MappedColumn(primaryKey = true) protected @Nullable Integer id;

    /** The primary key; {@code null} until the row is inserted. */
    public @Nullable Integer getId() {
        return id;
    }

    /** Whether the object has no row yet. */
    public boolean isNew() {
        return id == null;
    }
}
