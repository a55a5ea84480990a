package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A mapped class the ORM cannot instantiate for loaded rows. */
@Mapped
public class NoConstructor {
    @MappedColumn(primaryKey = true) Integer id;

    public NoConstructor(Integer id) {
        this.id = id;
    }
}
