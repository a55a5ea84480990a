package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * SQLAlchemy's {@code delete} cascade as {@code Session.delete} runs it, at once: the objects held by the
 * relationships with the cascade (loaded now if need be) are marked for deletion too, and theirs in turn, so
 * {@code session.deleted()} lists them before any flush. Objects without a row are left alone.
 */
public final class DeleteCascade {
    private DeleteCascade() {
    }

    /** Marks for deletion what {@code root} (already marked) reaches through {@code delete} cascades. */
    public static void mark(UnitOfWork work, InstanceState root) {
        mark(work, root, true);
    }

    /**
     * At flush, again for every object marked for deletion: what their {@code delete} relationships hold now (set
     * after {@code Session.delete}, SQLAlchemy's {@code presort_deletes}) is deleted too; nothing is loaded for it.
     */
    static void markAtFlush(UnitOfWork work) {
        for (InstanceState state : List.copyOf(work.deletedStates())) {
            mark(work, state, false);
        }
    }

    /** Whether a new or changed object not being deleted holds {@code child} through {@code relationship}. */
    static boolean heldElsewhere(UnitOfWork work, RelationshipProperty relationship, Object child) {
        List<InstanceState> holders = new java.util.ArrayList<>(work.pendingStates());
        holders.addAll(work.modifiedStates());
        for (InstanceState holder : holders) {
            if (holder.mapper().relationships().contains(relationship) && !work.isMarkedDeleted(holder)
                    && !holder.isUnloaded(relationship.name())
                    && SaveUpdateCascade.related(holder, relationship).contains(child)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(UnitOfWork work, InstanceState root, boolean load) {
        Set<InstanceState> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<InstanceState> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            InstanceState state = queue.poll();
            if (!seen.add(state)) {
                continue;
            }
            for (RelationshipProperty relationship : state.mapper().relationships()) {
                if (!relationship.cascade().contains(Cascade.DELETE) || relationship.viewonly()
                        || relationship.lazy() == LoadStrategy.WRITE_ONLY
                        || relationship.passiveDeletes() && state.isUnloaded(relationship.name())) {
                    continue;
                }
                if (state.isUnloaded(relationship.name())) {
                    if (!load || relationship.lazy() == LoadStrategy.RAISE
                            || relationship.lazy() == LoadStrategy.RAISE_ON_SQL) {
                        // lazy="raise" is for the program, not for the flush: a one-to-many's children are loaded
                        // and deleted by the flush (ParentDeletion), as SQLAlchemy ignores raise there
                        continue;
                    }
                    state.loadRelationship(relationship);
                }
                for (Object child : List.copyOf(SaveUpdateCascade.related(state, relationship))) {
                    InstanceState related = work.stateOf(child);
                    if (!load && heldElsewhere(work, relationship, child)) {
                        // another parent took it since (SQLAlchemy's hasparent): it stays
                        continue;
                    }
                    if (related.identity() == null || work.isMarkedDeleted(related)
                            || related.state() == ObjectState.DELETED
                            || related.owner() != null && !work.owns(related)) {
                        continue;
                    }
                    work.markDeleted(related);
                    queue.add(related);
                }
            }
        }
    }
}
