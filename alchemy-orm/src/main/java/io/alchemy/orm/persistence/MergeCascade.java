package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.RelationshipEvents;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code Session.merge} call: the given object and, through relationships with the {@code merge} cascade that
 * are loaded on it, the objects it holds, each merged once (a cycle such as a back-populated pair ends at the object
 * already merged). The Session's object for each then holds the merged related objects, so replacing a collection
 * this way appends and removes through the usual relationship events (back-populates, save-update, delete-orphan).
 */
public final class MergeCascade {
    private final ColumnMerge columns;
    private final UnitOfWork work;
    private final Map<Object, Object> merged = new IdentityHashMap<>();
    private final Map<io.alchemy.orm.state.EntityKey, Object> resolved = new java.util.HashMap<>();

    private final Set<EntityKey> absent = new HashSet<>();

    private final boolean load;

    /** A merge through {@code work}, copying column state with {@code columns}. */
    public MergeCascade(ColumnMerge columns, UnitOfWork work) {
        this(columns, work, true);
    }

    /**
     * A merge through {@code work} that first loads, with {@code preload}, what merging the graph reads: see
     * {@link MergePreload}.
     */
    public <T> T mergeGraph(T entity, MergePreload.Loads preload) {
        new MergePreload(work, preload, absent).run(entity);
        return merge(entity);
    }

    /**
     * A merge through {@code work}; with {@code load} false (SQLAlchemy's {@code merge(load=False)}) nothing is loaded
     * and the merged objects come out clean: what was copied counts as their database state.
     */
    public MergeCascade(ColumnMerge columns, UnitOfWork work, boolean load) {
        this.columns = columns;
        this.work = work;
        this.load = load;
    }

    /** {@link #merge}, then, without loading, every merged object made clean. */
    public <T> T mergeTop(T entity) {
        T target = merge(entity);
        if (!load) {
            for (Object merged : this.merged.values()) {
                InstanceState state = work.stateOf(merged);
                for (RelationshipProperty relationship : state.mapper().relationships()) {
                    if (!state.isUnloaded(relationship.name())
                            && relationship.get(merged) instanceof io.alchemy.orm.internal.TrackedCollection tracked) {
                        tracked.changes().clear();
                    }
                }
                work.clean(state);
            }
        }
        return target;
    }

    /** How the Session copies one object's column state onto its own object for it (which it returns). */
    @FunctionalInterface
    public interface ColumnMerge {

        /**
         * The Session's object for {@code entity} (whose state is {@code given}), its column state copied; onto
         * {@code existing} when this merge already made or found the object for the same primary key; without a
         * lookup of its row when {@code absent} (this merge's batched load found none).
         */
        Object mergeColumns(Object entity, InstanceState given, Object existing, boolean absent);
    }

    /** The Session's object for {@code entity}, its column state and merge-cascaded relationships copied. */
    public <T> T merge(T entity) {
        @SuppressWarnings("unchecked")
        T done = (T) merged.get(entity);
        if (done != null) {
            return done;
        }
        InstanceState given = work.stateOf(entity);
        if (work.owns(given)) {
            merged.put(entity, entity);
            return entity;
        }
        // several new objects with one primary key in one merge become one object (SQLAlchemy's conflict map)
        java.util.List<Object> id = given.identity() != null ? given.identity() : given.mapper().primaryKeyOf(entity);
        io.alchemy.orm.state.EntityKey key = id.stream().anyMatch(java.util.Objects::isNull) ? null
                : io.alchemy.orm.state.EntityKey.of(given.mapper(), id);
        @SuppressWarnings("unchecked")
        T target = (T) columns.mergeColumns(entity, given, key == null ? null : existing(key, given),
                key != null && absent.contains(key));
        merged.put(entity, target);
        if (key != null) {
            resolved.put(key, target);
        }
        for (RelationshipProperty relationship : given.mapper().relationships()) {
            if (cascades(relationship) && !given.isUnloaded(relationship.name()) && wasSet(given, relationship)) {
                mergeRelationship(entity, target, relationship);
            }
        }
        return target;
    }

    /**
     * The object this merge already made or found for {@code key}, else (when loading) the Session's object in the
     * identity map as it is, without a refresh of attributes it has not loaded: SQLAlchemy's merge takes the identity
     * map's object before it calls {@code get()}.
     */
    private Object existing(EntityKey key, InstanceState given) {
        Object done = resolved.get(key);
        if (done != null || !load) {
            return done;
        }
        InstanceState present = work.inIdentityMap(key);
        return present == null || work.isMarkedDeleted(present)
                || !given.mapper().entityClass().isInstance(present.object()) ? null : present.object();
    }

    /**
     * Whether a relationship of the given object counts as set: always on an object that has a row; on a new one when
     * it holds something (a new Java object's empty collection or null reference stands for SQLAlchemy's attribute
     * never set, which merge leaves alone).
     */
    static boolean wasSet(InstanceState given, RelationshipProperty relationship) {
        if (given.identity() != null) {
            return true;
        }
        if (relationship.isCollection()) {
            Object value = relationship.get(given.object());
            return value instanceof Collection<?> collection && !collection.isEmpty();
        }
        return relationship.get(given.object()) != null;
    }

    static boolean cascades(RelationshipProperty relationship) {
        // viewonly ones too: SQLAlchemy 2.0 merges a loaded viewonly collection (no new SQL for it later)
        return relationship.cascade().contains(Cascade.MERGE)
                && relationship.lazy() != LoadStrategy.WRITE_ONLY;
    }

    private void mergeRelationship(Object entity, Object target, RelationshipProperty relationship) {
        Object value = relationship.get(entity);
        if (value == null && relationship.isCollection()) {
            return;
        }
        Object replacement;
        if (relationship.isCollection()) {
            List<Object> elements = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                elements.add(merge(element));
            }
            replacement = elements;
        } else {
            replacement = value == null ? null : merge(value);
        }
        InstanceState targetState = work.stateOf(target);
        if (!load) {
            // merge(load=False) sets what it copies as loaded state, without events (no backref population)
            io.alchemy.orm.loading.RelatedValues.put(targetState, relationship, replacement == null ? List.of()
                    : replacement instanceof Collection<?> elements ? elements : List.of(replacement));
            return;
        }
        if (targetState.isUnloaded(relationship.name())) {
            targetState.loadRelationship(relationship);
        }
        relationship.set(target, RelationshipEvents.set(target, targetState, relationship.name(), replacement));
    }
}
