package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** A self-referential many-to-many whose undeclared association table would get one column name twice. */
@Mapped
public class Acquaintance {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship(secondary = "acquaintances") List<Acquaintance> known = new ArrayList<>();
}
