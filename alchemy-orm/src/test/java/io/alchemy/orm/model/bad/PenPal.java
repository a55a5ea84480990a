package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** Target of {@link Stranger#penPal}, which back-populates an attribute this class does not have. */
@Mapped
public class PenPal {
    @MappedColumn(primaryKey = true) Integer id;
}
