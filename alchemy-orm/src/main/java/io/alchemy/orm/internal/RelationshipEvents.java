package io.alchemy.orm.internal;

import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.Collection;
import java.util.List;

/**
 * What happens when a relationship attribute is read or changed in memory, as SQLAlchemy's attribute events do:
 * {@code backPopulates} keeps the other side in sync ({@code u.getAddresses().add(a)} sets {@code a.user};
 * {@code a.setUser(u)} appends {@code a} to {@code u.getAddresses()} and removes it from the old user's), the
 * {@code save-update} cascade puts objects appended to (or set on) an object of a Session into that Session, and an
 * unloaded relationship loads on first read.
 */
public final class RelationshipEvents {
    private RelationshipEvents() {
    }

    static Object get(Object entity, InstanceState state, String attribute, Object current) {
        RelationshipProperty relationship = relationshipOf(entity, state, attribute);
        if (relationship == null) {
            return current;
        }
        if (relationship.lazy() == LoadStrategy.WRITE_ONLY) {
            if (state != null) {
                state.relationshipLoaded(attribute);
            }
            return writeOnly(entity, relationship, current);
        }
        if (state != null && state.isUnloaded(attribute)) {
            state.loadRelationship(relationship);
            current = relationship.get(entity);
        } else if (relationship.isFinalField()) {
            // the field holds the user's collection; reads get its tracked view
            current = relationship.get(entity);
        }
        if (current == null && relationship.isCollection()) {
            current = TrackedCollection.emptyFor(entity, relationship);
            relationship.set(entity, current);
        }
        return current;
    }

    /** The value a relationship field's writer stores, after the relationship events. */
    public static Object set(Object entity, InstanceState state, String attribute, Object value) {
        if (state == null && RowInstantiation.inProgress()) {
            return value;                           // a loaded row's constructor: the relationship loads on first read
        }
        RelationshipProperty relationship = relationshipOf(entity, state, attribute);
        if (relationship == null) {
            return value;
        }
        if (state != null && relationship.isCollection() && relationship.lazy() != LoadStrategy.WRITE_ONLY
                && state.identity() != null && state.owner() != null && state.isUnloaded(attribute)) {
            // replacing an unloaded collection loads it first, as SQLAlchemy does: the children it held are
            // removed (their foreign key cleared, or deleted as orphans) rather than forgotten
            state.loadRelationship(relationship);
        }
        if (state != null) {
            state.relationshipLoaded(attribute);
            state.changing(attribute);
        }
        Object old = relationship.get(entity);
        if (relationship.lazy() == LoadStrategy.WRITE_ONLY) {
            return writeOnly(entity, relationship, value);
        }
        if (relationship.isCollection()) {
            return replaceCollection(entity, relationship, old, value);
        }
        if (old != value) {
            scalarChanged(entity, relationship, old, value);
        }
        return value;
    }

    /** The owner's own write-only collection: {@code given} when it is that, else a new one taking its pending adds. */
    private static Object writeOnly(Object entity, RelationshipProperty relationship, Object given) {
        if (given instanceof WriteOnlyState own && own.owner() == entity) {
            return given;
        }
        WriteOnlyState fresh = WriteOnlyState.create(entity, relationship);
        if (given instanceof WriteOnlyState other) {
            other.changes().added().forEach(fresh::append);
        }
        relationship.set(entity, fresh);
        return fresh;
    }

    private static Object replaceCollection(Object entity, RelationshipProperty relationship, Object old, Object value) {
        if (value == null || value instanceof TrackedCollection tracked && tracked.owner() == entity) {
            return value;
        }
        TrackedCollection fresh = TrackedCollection.emptyFor(entity, relationship);
        TrackedCollection.Changes history = fresh.changes();
        if (old instanceof TrackedCollection tracked && tracked.owner() == entity) {
            tracked.changes().added().forEach(history::added);
            tracked.changes().removed().forEach(history::removed);
        }
        List<Object> before = old instanceof Collection<?> c ? List.copyOf(c) : List.of();
        for (Object element : before) {
            if (!containsSame((Collection<?>) value, element)) {
                history.removed(element);
                removed(entity, relationship, element);
            }
        }
        for (Object element : (Collection<?>) value) {
            fresh.addQuietly(element);
            if (!containsSame(before, element)) {
                history.added(element);
                appended(entity, relationship, element);
            } else {
                cascadeAdd(entity, relationship, element);
            }
        }
        return fresh;
    }

    /** {@code element} was added to {@code owner}'s collection: the other side points back; cascade into the Session. */
    public static void appended(Object owner, RelationshipProperty relationship, Object element) {
        noteChange(owner, relationship);
        if (element == null) {
            return;
        }
        InstanceState child = InstanceState.stateOrNull(element);
        if (child != null) {
            child.orphanedOutsideOfSession(false);
        }
        RelationshipProperty mirror = relationship.mirror();
        if (mirror != null) {
            if (mirror.isCollection()) {
                addQuietly(element, mirror, owner);
            } else {
                Object previous = mirror.get(element);
                if (previous != owner) {
                    setQuietly(element, mirror, owner);
                    if (previous != null) {
                        removeQuietly(previous, relationship, element);
                    }
                }
            }
        }
        cascadeAdd(owner, relationship, element);
    }

    /** {@code element} was removed from {@code owner}'s collection: the other side forgets the owner. */
    public static void removed(Object owner, RelationshipProperty relationship, Object element) {
        noteChange(owner, relationship);
        if (element != null && relationship.cascade().contains(Cascade.DELETE_ORPHAN)) {
            InstanceState state = InstanceState.stateOrNull(owner);
            if (state != null && state.owner() != null) {
                state.owner().pendingOrphan(element);
            } else {
                // removed by a parent outside any Session: a pending element is an orphan the flush leaves out
                // (SQLAlchemy's _orphaned_outside_of_session)
                InstanceState child = InstanceState.stateOrNull(element);
                if (child != null) {
                    child.orphanedOutsideOfSession(true);
                }
            }
        }
        RelationshipProperty mirror = relationship.mirror();
        if (mirror == null || element == null) {
            return;
        }
        if (mirror.isCollection()) {
            removeQuietly(element, mirror, owner);
        } else if (mirror.get(element) == owner) {
            setQuietly(element, mirror, null);
        }
    }

    private static void scalarChanged(Object entity, RelationshipProperty relationship, Object old, Object value) {
        if (old != null && old != value && relationship.cascade().contains(Cascade.DELETE_ORPHAN)) {
            // the object replaced is an orphan: pending, it leaves the Session now (as a collection's removed one)
            InstanceState state = InstanceState.stateOrNull(entity);
            if (state != null && state.owner() != null) {
                state.owner().pendingOrphan(old);
            }
        }
        RelationshipProperty mirror = relationship.mirror();
        if (mirror != null) {
            if (old != null) {
                if (mirror.isCollection()) {
                    removeQuietly(old, mirror, entity);
                } else if (mirror.get(old) == entity) {
                    setQuietly(old, mirror, null);
                }
            }
            if (value != null) {
                if (mirror.isCollection()) {
                    addQuietly(value, mirror, entity);
                } else {
                    setQuietly(value, mirror, entity);
                }
            }
        }
        if (value != null) {
            cascadeAdd(entity, relationship, value);
        }
    }

    /** Adds {@code element} to {@code holder}'s collection {@code relationship}, unless unloaded or already there. */
    private static void addQuietly(Object holder, RelationshipProperty relationship, Object element) {
        TrackedCollection collection = loadedCollection(holder, relationship);
        if (collection != null && !containsSame(collection, element)) {
            collection.addQuietly(element);
            noteChange(holder, relationship);
        }
    }

    private static void removeQuietly(Object holder, RelationshipProperty relationship, Object element) {
        TrackedCollection collection = loadedCollection(holder, relationship);
        if (collection != null && collection.removeQuietly(element)) {
            noteChange(holder, relationship);
        }
    }

    private static void setQuietly(Object holder, RelationshipProperty relationship, Object value) {
        noteChange(holder, relationship);
        InstanceState state = InstanceState.stateOrNull(holder);
        if (state != null) {
            state.relationshipLoaded(relationship.name());
        }
        relationship.set(holder, value);
    }

    private static void noteChange(Object holder, RelationshipProperty relationship) {
        InstanceState state = InstanceState.stateOrNull(holder);
        if (state != null) {
            state.changing(relationship.name());
        }
    }

    /** The holder's collection, made empty when never set; {@code null} while it is unloaded (the load will see it). */
    private static TrackedCollection loadedCollection(Object holder, RelationshipProperty relationship) {
        InstanceState state = InstanceState.stateOrNull(holder);
        if (relationship.lazy() == LoadStrategy.WRITE_ONLY || state != null && state.isUnloaded(relationship.name())) {
            return null;
        }
        Object current = relationship.get(holder);
        if (current instanceof TrackedCollection tracked) {
            return tracked;
        }
        TrackedCollection fresh = TrackedCollection.emptyFor(holder, relationship);
        if (current instanceof Collection<?> plain) {
            plain.forEach(fresh::addQuietly);
        }
        relationship.set(holder, fresh);
        return fresh;
    }

    /** {@code element} was added to a collection already holding it: only the save-update cascade runs. */
    static void appendedWithoutMutation(Object owner, RelationshipProperty relationship, Object element) {
        if (element != null) {
            cascadeAdd(owner, relationship, element);
        }
    }

    private static void cascadeAdd(Object owner, RelationshipProperty relationship, Object related) {
        InstanceState state = InstanceState.stateOrNull(owner);
        if (state != null && state.owner() != null && relationship.cascade().contains(Cascade.SAVE_UPDATE)) {
            state.owner().cascadeAdd(related);
        }
    }

    /** Whether {@code collection} holds {@code element} itself (by identity). */
    public static boolean containsSame(Collection<?> collection, Object element) {
        for (Object candidate : collection) {
            if (candidate == element) {
                return true;
            }
        }
        return false;
    }

    private static RelationshipProperty relationshipOf(Object entity, InstanceState state, String attribute) {
        Mapper<?> mapper = state != null ? state.mapper() : mapperOf(entity.getClass());
        return mapper == null ? null : mapper.relationship(attribute);
    }

    private static Mapper<?> mapperOf(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Mapper<?> mapper = Mappers.current(c);
            if (mapper != null) {
                return mapper;
            }
        }
        return null;
    }
}
