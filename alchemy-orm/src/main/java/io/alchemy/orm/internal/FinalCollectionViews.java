package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.InPlaceCollections;
import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The tracked views of {@code final} collection fields ({@link InPlaceCollections}): the view of an object a
 * Session knows is kept in its {@link InstanceState}, so the changes it records last until the flush; an object no
 * Session has seen gets a new view per read (its changes do not matter: a new object's whole collection is written).
 */
public final class FinalCollectionViews implements InPlaceCollections.Views {

    /** Installs these views into the mapping layer. */
    public static void install() {
        InPlaceCollections.install(new FinalCollectionViews());
    }

    @Override
    public Collection<?> view(Object entity, RelationshipProperty relationship, Collection<?> held) {
        InstanceState state = InstanceState.stateOrNull(entity);
        if (state == null) {
            return newView(entity, relationship, held);
        }
        return state.collectionView(relationship.name(), held, () -> newView(entity, relationship, held));
    }

    @SuppressWarnings("unchecked")
    private static TrackedCollection newView(Object entity, RelationshipProperty relationship, Collection<?> held) {
        if (held instanceof List<?> list) {
            return new TrackedList(entity, relationship, (List<Object>) list);
        }
        if (held instanceof Set<?> set) {
            return new TrackedSet(entity, relationship, (Set<Object>) set);
        }
        throw new IllegalStateException("Relationship " + relationship + " is a final field holding a "
                + held.getClass().getName() + ", neither a List nor a Set");
    }

    @Override
    public void assign(Object entity, RelationshipProperty relationship, Collection<?> held, Object value) {
        TrackedCollection view = (TrackedCollection) view(entity, relationship, held);
        if (value == view || value instanceof TrackedCollection tracked && tracked.backedBy(held)) {
            return;
        }
        Collection<?> given = value == null ? List.of() : (Collection<?>) value;
        List<Object> contents = new java.util.ArrayList<>(given);
        view.replaceQuietly(contents);
        if (value instanceof TrackedCollection tracked) {
            tracked.changes().added().forEach(view.changes()::added);
            tracked.changes().removed().forEach(view.changes()::removed);
        }
    }
}
