package io.alchemy.spring.boot.autoconfigure.data.sample;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A mapped class for repository scanning (never loaded from a database in these tests). */
@Mapped(table = "gadget")
public class Gadget {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
}
