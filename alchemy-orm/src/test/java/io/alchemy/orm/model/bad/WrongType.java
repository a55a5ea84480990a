package io.alchemy.orm.model.bad;

import io.alchemy.orm.ColumnType;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A String field given an INTEGER column. */
@Mapped
public class WrongType {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(type = ColumnType.INTEGER) String amount;
}
