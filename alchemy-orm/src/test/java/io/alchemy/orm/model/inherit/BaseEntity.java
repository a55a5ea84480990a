package io.alchemy.orm.model.inherit;

import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/** PetClinic's {@code BaseEntity}: the primary key every entity inherits. */
@MappedSuperclass
public abstract class BaseEntity {
    @MappedColumn(primaryKey = true) protected @Nullable Integer id;

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    /** Whether the object has no primary key yet (read in the superclass's own code, so routed by the enhancer). */
    public boolean isNew() {
        return this.id == null;
    }
}
