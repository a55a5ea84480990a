package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A child whose table gets its parents' join columns only when mapped with or after them. */
@Mapped
public class LateChild {
    @MappedColumn(primaryKey = true) Integer id;
}
