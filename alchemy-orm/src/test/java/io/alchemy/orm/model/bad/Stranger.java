package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** Target of {@link Lonely}: no foreign key to it. */
@Mapped
public class Stranger {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "pen_pal.id") Integer penPalId;
    @Relationship(backPopulates = "nope") PenPal penPal;
}
