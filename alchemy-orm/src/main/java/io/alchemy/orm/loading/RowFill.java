package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.RelationshipEvents;
import io.alchemy.orm.internal.TrackedCollection;
import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Fills one relationship from the target's columns in each row of a query (joined eager loading and
 * {@code containsEager}): the target object is loaded through the identity map; a collection is reset the first time
 * its parent is seen in the result and gathers one object per row; a relationship already loaded is left alone.
 */
final class RowFill {
    private final RelationshipProperty relationship;
    private final LoadPlan nested;
    private final LoadContext context;
    private final Set<Object> started = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Object> loaded = new ArrayList<>();
    private int[] positions;

    RowFill(RelationshipProperty relationship, LoadPlan nested, LoadContext context) {
        this.relationship = relationship;
        this.nested = nested;
        this.context = context;
    }

    /** Where the target's columns are in each row. */
    void at(int[] columnPositions) {
        this.positions = columnPositions;
    }

    void row(Row row, Object entity) {
        Object child = context.loader().load(relationship.target(), row, positions);
        if (child != null) {
            nested.row(row, child);
            loaded.add(child);
        }
        InstanceState state = InstanceState.of(entity);
        boolean first = started.add(entity);
        if (first && !state.isUnloaded(relationship.name())) {
            started.remove(entity);
            return;
        }
        if (!first && !started.contains(entity)) {
            return;
        }
        if (!relationship.isCollection()) {
            RelatedValues.putOne(state, relationship, child);
            return;
        }
        if (first) {
            RelatedValues.put(state, relationship, List.of());
        }
        TrackedCollection collection = (TrackedCollection) relationship.get(entity);
        if (child != null && !RelationshipEvents.containsSame(collection, child)) {
            collection.addQuietly(child);
            collection.changes().clear();
        }
    }

    /** Runs the nested plan's after-row loaders for the targets loaded. */
    void afterRows(LoadContext loadContext) {
        nested.afterRows(loadContext, distinct(loaded));
    }

    static List<Object> distinct(List<Object> objects) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> distinct = new ArrayList<>();
        for (Object object : objects) {
            if (seen.add(object)) {
                distinct.add(object);
            }
        }
        return distinct;
    }
}
