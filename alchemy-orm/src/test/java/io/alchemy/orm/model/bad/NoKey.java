package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A mapped class without a primary key. */
@Mapped
public class NoKey {
    @MappedColumn String name;
}
