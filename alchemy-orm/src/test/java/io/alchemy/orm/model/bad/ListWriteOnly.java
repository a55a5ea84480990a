package io.alchemy.orm.model.bad;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.List;

/** A write-only relationship declared as a List. */
@Mapped
public class ListWriteOnly {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship(lazy = Lazy.WRITE_ONLY) List<Stranger> strangers;
}
