package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A field whose Java type has no SQL type. */
@Mapped
public class UnknownType {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn StringBuilder text;
}
