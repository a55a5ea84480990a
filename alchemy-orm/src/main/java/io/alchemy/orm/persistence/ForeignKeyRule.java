package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.loading.RelatedQuery;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.RelationshipProperty;
import org.jspecify.annotations.Nullable;

/**
 * One foreign key copy of a flush (SQLAlchemy's dependency sync): the parent's referenced column values go into the
 * child's foreign key columns of {@code relationship}'s join; with no parent the foreign key is set to NULL.
 *
 * @param child the object holding the foreign key
 * @param relationship the relationship whose join pairs say which columns
 * @param parent the referenced object, or {@code null} to clear the foreign key
 */
record ForeignKeyRule(InstanceState child, RelationshipProperty relationship, @Nullable InstanceState parent) {

    /**
     * Copies the values (the parent's row exists by now: its table was written first); a column the child maps no
     * attribute for is held by its state until its row is written.
     */
    void apply() {
        for (JoinPair pair : relationship.pairs()) {
            ColumnProperty foreignKey = child.mapper().propertyFor(pair.referencing());
            Object value = parent == null ? null : RelatedQuery.valueOf(parent, pair.referenced());
            if (foreignKey == null) {
                child.unmappedColumn(pair.referencing(), value);
                continue;
            }
            if (!Values.same(foreignKey.get(child.object()), value)) {
                InstanceState.onWrite(child.object(), child, foreignKey.name(), value);
                foreignKey.set(child.object(), value);
            }
        }
    }
}
