package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.TrackedCollection;
import io.alchemy.orm.internal.WriteOnlyState;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * {@code Session.add} with the {@code save-update} cascade: the object, then every object reachable from it through
 * loaded relationships that cascade {@code save-update}, joins the Session (SQLAlchemy's {@code cascade_iterator}).
 * Unloaded relationships are not loaded for it: what is in the database is in the Session already.
 */
public final class SaveUpdateCascade {
    private final UnitOfWork work;

    /** The cascade into {@code work}. */
    public SaveUpdateCascade(UnitOfWork work) {
        this.work = work;
    }

    /** Adds {@code root} and what its save-update relationships hold. */
    public void add(InstanceState root) {
        Deque<InstanceState> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            InstanceState state = queue.poll();
            boolean known = work.owns(state);
            if (known && work.isMarkedDeleted(state)) {
                work.unmarkDeleted(state);
                known = state != root;
            }
            work.add(state);
            if (known && state != root) {
                continue;
            }
            for (RelationshipProperty relationship : state.mapper().relationships()) {
                if (!relationship.cascade().contains(Cascade.SAVE_UPDATE) || state.isUnloaded(relationship.name())) {
                    continue;
                }
                for (Object related : cascaded(state, relationship)) {
                    if (related == null) {
                        continue;
                    }
                    InstanceState next = work.stateOf(related);
                    if ((!work.owns(next) || work.isMarkedDeleted(next)) && !next.wasDeleted()) {
                        queue.add(next);
                    }
                }
            }
        }
    }

    /**
     * What the save-update cascade follows along a relationship: the objects it holds and, for a collection, the ones
     * removed from it since it was loaded (SQLAlchemy cascades to a collection's whole history).
     */
    private static Collection<?> cascaded(InstanceState state, RelationshipProperty relationship) {
        Object value = relationship.get(state.object());
        if (value instanceof TrackedCollection tracked && !tracked.changes().removed().isEmpty()) {
            java.util.List<Object> all = new java.util.ArrayList<>(tracked);
            all.addAll(tracked.changes().removed());
            return all;
        }
        if (!relationship.isCollection() && state.modifiedAttributes().contains(relationship.name())) {
            // a replaced object too (SQLAlchemy cascades to the attribute's history, its deleted side included)
            Object before = state.committedValue(relationship.name());
            if (before != null && before != InstanceState.NO_VALUE && before != value) {
                java.util.List<Object> both = new java.util.ArrayList<>(related(state, relationship));
                both.add(before);
                return both;
            }
        }
        return related(state, relationship);
    }

    /** The objects a relationship of {@code state} holds in memory, without loading (a write-only one: those added). */
    static Collection<?> related(InstanceState state, RelationshipProperty relationship) {
        Object value = relationship.get(state.object());
        if (value == null) {
            return java.util.List.of();
        }
        if (value instanceof WriteOnlyState writeOnly) {
            return writeOnly.changes().added();
        }
        return relationship.isCollection() ? (Collection<?>) value : java.util.List.of(value);
    }
}
