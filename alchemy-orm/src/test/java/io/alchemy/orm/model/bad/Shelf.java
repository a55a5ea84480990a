package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** Orders its books by an attribute {@link ShelfBook} does not have. */
@Mapped
public class Shelf {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship(orderBy = "titel desc") List<ShelfBook> books = new ArrayList<>();
}
