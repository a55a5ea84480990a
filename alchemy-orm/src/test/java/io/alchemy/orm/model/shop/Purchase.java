package io.alchemy.orm.model.shop;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** Found by a package scan; refers to {@link Product}. */
@Mapped
public class Purchase {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "product.id") Integer productId;
}
