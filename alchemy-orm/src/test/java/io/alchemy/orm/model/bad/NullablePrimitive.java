package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A primitive field declared nullable. */
@Mapped
public class NullablePrimitive {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(nullable = true) int count;
}
