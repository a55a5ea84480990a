package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.RelationshipEvents;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

    /** A merge through {@code work}, copying column state with {@code columns}. */
    public MergeCascade(ColumnMerge columns, UnitOfWork work) {
        this.columns = columns;
        this.work = work;
    }

    /** How the Session copies one object's column state onto its own object for it (which it returns). */
    @FunctionalInterface
    public interface ColumnMerge {

        /** The Session's object for {@code entity} (whose state is {@code given}), its column state copied. */
        Object mergeColumns(Object entity, InstanceState given);
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
        @SuppressWarnings("unchecked")
        T target = (T) columns.mergeColumns(entity, given);
        merged.put(entity, target);
        for (RelationshipProperty relationship : given.mapper().relationships()) {
            if (cascades(relationship) && !given.isUnloaded(relationship.name())) {
                mergeRelationship(entity, target, relationship);
            }
        }
        return target;
    }

    private static boolean cascades(RelationshipProperty relationship) {
        return relationship.cascade().contains(Cascade.MERGE) && !relationship.viewonly()
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
        if (targetState.isUnloaded(relationship.name())) {
            targetState.loadRelationship(relationship);
        }
        relationship.set(target, RelationshipEvents.set(target, targetState, relationship.name(), replacement));
    }
}
