package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** A final many-to-one, which the ORM would have to reassign. */
@Mapped
public class FinalOwner {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "pen_pal.id") Integer penPalId;
    @Relationship private final PenPal penPal = null;
}
