package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A relationship collection the ORM watches (SQLAlchemy's instrumented list): every add and remove is reported to
 * {@link RelationshipEvents} (keeping {@code backPopulates} in sync and cascading {@code save-update}), and the
 * objects added and removed since the last load or flush are remembered for the flush (foreign keys to set,
 * association rows to write, orphans to delete).
 */
public interface TrackedCollection extends Collection<Object> {

    /** The object whose relationship this is. */
    Object owner();

    /** The relationship. */
    RelationshipProperty relationship();

    /** The changes since the last load or flush. */
    Changes changes();

    /** Adds without events: the other side's own change, or a load. */
    boolean addQuietly(Object element);

    /** Removes without events. */
    boolean removeQuietly(Object element);

    /** Whether this collection keeps its elements in {@code collection} itself (a {@code final} field's). */
    default boolean backedBy(Object collection) {
        return false;
    }

    /** Replaces the contents with what the database has, forgetting the changes. */
    default void replaceQuietly(Collection<?> loaded) {
        List.copyOf(this).forEach(this::removeQuietly);
        loaded.forEach(this::addQuietly);
        changes().clear();
    }

    /** Wraps {@code given} (a {@code List} or {@code Set}) for {@code relationship} of {@code owner}, empty at first. */
    static TrackedCollection emptyFor(Object owner, RelationshipProperty relationship) {
        return Set.class.isAssignableFrom(relationship.collectionType()) ? new TrackedSet(owner, relationship)
                : new TrackedList(owner, relationship);
    }

    /** The objects added and removed since the last load or flush, by identity, each in the order it came. */
    public final class Changes {
        private final Ordered added = new Ordered();
        private final Ordered removed = new Ordered();

        public void added(Object element) {
            if (!removed.remove(element)) {
                added.add(element);
            }
        }

        public void removed(Object element) {
            if (!added.remove(element)) {
                removed.add(element);
            }
        }

        /** The objects added. */
        public List<Object> added() {
            return added.order;
        }

        /** The objects removed. */
        public List<Object> removed() {
            return removed.order;
        }

        public boolean isEmpty() {
            return added.order.isEmpty() && removed.order.isEmpty();
        }

        public void clear() {
            added.clear();
            removed.clear();
        }
    }

    /** An identity set that keeps insertion order. */
    final class Ordered {
        // sized for the few changes a collection usually has between flushes (the default sizes for 32): grows as needed
        private final Set<Object> members = Collections.newSetFromMap(new IdentityHashMap<>(4));
        private final List<Object> order = new java.util.ArrayList<>();

        void add(Object element) {
            if (members.add(element)) {
                order.add(element);
            }
        }

        boolean remove(Object element) {
            if (!members.remove(element)) {
                return false;
            }
            order.removeIf(e -> e == element);
            return true;
        }

        void clear() {
            members.clear();
            order.clear();
        }
    }
}
