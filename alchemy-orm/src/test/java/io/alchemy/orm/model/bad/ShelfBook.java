package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A book of a {@link Shelf}. */
@Mapped
public class ShelfBook {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String title;
    @MappedColumn(foreignKey = "shelf.id") Integer shelfId;
}
