package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** joinColumns without secondary on a relationship that is not a collection. */
@Mapped
public class ScalarJoinParent {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship(joinColumns = "scalar_join_parent_id") @Nullable LateChild child;
}
