package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/** A {@code List} relationship collection that reports its changes ({@link TrackedCollection}). */
final class TrackedList extends AbstractList<Object> implements TrackedCollection {
    private final Object owner;
    private final RelationshipProperty relationship;
    private final List<Object> elements;
    private final Changes changes = new Changes();

    TrackedList(Object owner, RelationshipProperty relationship) {
        this(owner, relationship, new ArrayList<>());
    }

    /** A tracked view over {@code elements}, the list a {@code final} field holds (changed in place). */
    TrackedList(Object owner, RelationshipProperty relationship, List<Object> elements) {
        this.owner = owner;
        this.relationship = relationship;
        this.elements = elements;
    }

    @Override
    public boolean backedBy(Object collection) {
        return elements == collection;
    }

    @Override
    public Object get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public void add(int index, Object element) {
        elements.add(index, element);
        changes.added(element);
        RelationshipEvents.appended(owner, relationship, element);
    }

    @Override
    public Object set(int index, Object element) {
        Object old = remove(index);
        add(index, element);
        return old;
    }

    @Override
    public Object remove(int index) {
        Object old = elements.remove(index);
        changes.removed(old);
        RelationshipEvents.removed(owner, relationship, old);
        return old;
    }

    @Override
    public boolean addQuietly(Object element) {
        changes.added(element);
        return elements.add(element);
    }

    @Override
    public boolean removeQuietly(Object element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                elements.remove(i);
                changes.removed(element);
                return true;
            }
        }
        return false;
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
