package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Not API: what a write-only collection ({@code io.alchemy.orm.WriteOnlyCollection}) holds for the flush, its owner,
 * relationship and pending adds and removes. The API package installs the factory that makes the collections.
 */
public abstract class WriteOnlyState {
    private static volatile BiFunction<Object, RelationshipProperty, ? extends WriteOnlyState> factory;

    private final Object owner;
    private final RelationshipProperty relationship;
    private final TrackedCollection.Changes changes = new TrackedCollection.Changes();

    /** A collection of {@code relationship} of {@code owner}, empty. */
    protected WriteOnlyState(Object owner, RelationshipProperty relationship) {
        this.owner = owner;
        this.relationship = relationship;
    }

    /** Sets how write-only collections are made (by the API package, once). */
    public static void factory(BiFunction<Object, RelationshipProperty, ? extends WriteOnlyState> newFactory) {
        factory = Objects.requireNonNull(newFactory);
    }

    static WriteOnlyState create(Object owner, RelationshipProperty relationship) {
        BiFunction<Object, RelationshipProperty, ? extends WriteOnlyState> current = factory;
        if (current == null) {
            throw new IllegalStateException("No write-only collection factory: io.alchemy.orm is not initialized");
        }
        return current.apply(owner, relationship);
    }

    /** The object whose relationship this is. */
    public final Object owner() {
        return owner;
    }

    /** The relationship. */
    public final RelationshipProperty relationship() {
        return relationship;
    }

    /** The objects added and removed since the last flush. */
    public final TrackedCollection.Changes changes() {
        return changes;
    }

    /** Records {@code related} as added and fires the append event. */
    protected final void append(Object related) {
        changes.added(related);
        RelationshipEvents.appended(owner, relationship, related);
    }

    /** Records {@code related} as removed and fires the remove event. */
    protected final void discard(Object related) {
        changes.removed(related);
        RelationshipEvents.removed(owner, relationship, related);
    }
}
