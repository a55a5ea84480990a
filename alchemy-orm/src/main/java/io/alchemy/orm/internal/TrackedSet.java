package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** A {@code Set} relationship collection that reports its changes ({@link TrackedCollection}); iterates in insertion order. */
final class TrackedSet extends AbstractSet<Object> implements TrackedCollection {
    private final Object owner;
    private final RelationshipProperty relationship;
    private final Set<Object> elements;
    private final Changes changes = new Changes();

    TrackedSet(Object owner, RelationshipProperty relationship) {
        this(owner, relationship, new LinkedHashSet<>());
    }

    /** A tracked view over {@code elements}, the set a {@code final} field holds (changed in place). */
    TrackedSet(Object owner, RelationshipProperty relationship, Set<Object> elements) {
        this.owner = owner;
        this.relationship = relationship;
        this.elements = elements;
    }

    @Override
    public boolean backedBy(Object collection) {
        return elements == collection;
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        return elements.contains(o);
    }

    @Override
    public boolean add(Object element) {
        if (!addQuietly(element)) {
            // already there: no change, but the save-update cascade still runs (SQLAlchemy's append without mutation)
            RelationshipEvents.appendedWithoutMutation(owner, relationship, element);
            return false;
        }
        RelationshipEvents.appended(owner, relationship, element);
        return true;
    }

    @Override
    public boolean remove(Object element) {
        if (!removeQuietly(element)) {
            return false;
        }
        RelationshipEvents.removed(owner, relationship, element);
        return true;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> inner = elements.iterator();
        return new Iterator<>() {
            private Object last;

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public Object next() {
                last = inner.next();
                return last;
            }

            @Override
            public void remove() {
                inner.remove();
                changes.removed(last);
                RelationshipEvents.removed(owner, relationship, last);
            }
        };
    }

    @Override
    public boolean addQuietly(Object element) {
        if (!elements.add(element)) {
            return false;
        }
        changes.added(element);
        return true;
    }

    @Override
    public boolean removeQuietly(Object element) {
        if (!elements.remove(element)) {
            return false;
        }
        changes.removed(element);
        return true;
    }

    @Override
    public Object owner() {
        return owner;
    }

    @Override
    public RelationshipProperty relationship() {
        return relationship;
    }

    @Override
    public Changes changes() {
        return changes;
    }
}
