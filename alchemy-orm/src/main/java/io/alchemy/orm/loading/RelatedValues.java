package io.alchemy.orm.loading;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.TrackedCollection;
import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.Collection;
import java.util.List;

/** Puts what a loader found into a relationship attribute, with no events, and marks it loaded. */
public final class RelatedValues {
    private RelatedValues() {
    }

    /** Sets a loaded relationship: a collection's contents replaced, or the one related object (or null). */
    public static void put(InstanceState state, RelationshipProperty relationship, Collection<?> related) {
        Object entity = state.object();
        if (relationship.isCollection()) {
            Object current = relationship.get(entity);
            TrackedCollection collection = current instanceof TrackedCollection tracked && tracked.owner() == entity
                    ? tracked : TrackedCollection.emptyFor(entity, relationship);
            collection.replaceQuietly(related);
            relationship.set(entity, collection);
        } else {
            relationship.set(entity, related.isEmpty() ? null : related.iterator().next());
        }
        state.relationshipLoaded(relationship.name());
    }

    /** Sets a loaded scalar relationship. */
    static void putOne(InstanceState state, RelationshipProperty relationship, Object related) {
        put(state, relationship, related == null ? List.of() : List.of(related));
    }
}
