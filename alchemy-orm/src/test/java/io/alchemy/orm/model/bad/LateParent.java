package io.alchemy.orm.model.bad;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** Names a join column in the table of {@link LateChild}, which a test maps before it, separately. */
@Mapped
public class LateParent {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship(joinColumns = "late_parent_id") List<LateChild> children = new ArrayList<>();
}
