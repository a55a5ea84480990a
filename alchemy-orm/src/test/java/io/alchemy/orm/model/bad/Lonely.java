package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.List;

/** A relationship to a class its table has no foreign key with, and one back-populating a missing attribute. */
@Mapped
public class Lonely {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship List<Stranger> strangers;
}
