package io.alchemy.orm.model.shop;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import java.math.BigDecimal;

/** Found by a package scan. */
@Mapped
public class Product {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(precision = 8, scale = 2) BigDecimal price;
}
