package io.alchemy.orm.persistence;

import io.alchemy.orm.exc.FlushError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.TrackedCollection;
import io.alchemy.orm.internal.WriteOnlyState;
import io.alchemy.orm.loading.EntityPositions;
import io.alchemy.orm.loading.LoadContext;
import io.alchemy.orm.loading.RelatedQuery;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.RelationshipDirection;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationship side of a flush (SQLAlchemy's dependency processors): before the plan, the foreign keys that
 * relationship changes imply are collected ({@link ForeignKeyRule}s: a many-to-one set, a child appended to or removed
 * from a one-to-many collection), children removed from a {@code delete-orphan} collection are marked for deletion,
 * and many-to-many changes are handed to {@link AssociationRows}. While writing, each table's rows get their foreign
 * keys just before they are written, rows of a self-referential table are inserted level by level (parents first),
 * and association rows are written once both sides exist.
 */
final class RelationshipSync {
    private final UnitOfWork work;
    private final Map<InstanceState, List<ForeignKeyRule>> rules = new IdentityHashMap<>();
    private final List<TrackedCollection.Changes> seen = new ArrayList<>();
    private final AssociationRows associations = new AssociationRows();
    private final List<InstanceState> inserted = new ArrayList<>();
    private final List<Object[]> orphans = new ArrayList<>();

    RelationshipSync(UnitOfWork work) {
        this.work = work;
    }

    /** Collects what the relationship changes of the new and changed objects mean for the flush. */
    void prepare() {
        for (InstanceState state : List.copyOf(work.pendingStates())) {
            if (state.orphanedOutsideOfSession() && work.owns(state)) {
                // removed from a delete-orphan collection by a parent outside the Session: left out (expunged)
                work.expunge(state);
            }
        }
        inserted.addAll(work.pendingStates());
        List<InstanceState> changed = new ArrayList<>(work.pendingStates());
        changed.addAll(work.modifiedStates());
        for (InstanceState state : changed) {
            if (!work.owns(state)) {
                continue;
            }
            if (work.isMarkedDeleted(state)) {
                // a parent deleted in this flush: the children removed from its collections are still orphans
                // (delete-orphan) or lose their foreign key, as SQLAlchemy processes the removals first
                for (RelationshipProperty relationship : state.mapper().relationships()) {
                    if (!relationship.viewonly() && relationship.isCollection() && !state.isUnloaded(relationship.name())
                            && relationship.direction() == RelationshipDirection.ONE_TO_MANY
                            && relationship.get(state.object()) instanceof TrackedCollection tracked) {
                        List.copyOf(tracked.changes().removed()).forEach(child -> removedChild(relationship, child));
                        seen.add(tracked.changes());
                    } else if (relationship.direction() == RelationshipDirection.MANY_TO_ONE && !relationship.viewonly()
                            && !state.isUnloaded(relationship.name())) {
                        replacedTarget(state, relationship, relationship.get(state.object()));
                    }
                }
                continue;
            }
            for (RelationshipProperty relationship : state.mapper().relationships()) {
                if (!relationship.viewonly() && !state.isUnloaded(relationship.name())) {
                    prepare(state, relationship);
                }
            }
        }
        resolveOrphans();
    }

    private void prepare(InstanceState state, RelationshipProperty relationship) {
        boolean fresh = state.identity() == null;
        Object value = relationship.get(state.object());
        if (relationship.direction() == RelationshipDirection.MANY_TO_ONE) {
            if (!fresh) {
                replacedTarget(state, relationship, value);
            }
            // a new object's unset many-to-one leaves a foreign key given directly alone; a change to null clears it
            if (fresh ? value != null : state.modifiedAttributes().contains(relationship.name())) {
                InstanceState parent = value == null ? null : joined(value);
                if (value == null || parent != null) {
                    rule(new ForeignKeyRule(state, relationship, parent));
                }
            }
            return;
        }
        if (!relationship.isCollection()) {
            oneToOne(state, relationship, value, fresh);
            return;
        }
        TrackedCollection.Changes changes = value instanceof TrackedCollection t ? t.changes()
                : value instanceof WriteOnlyState w ? w.changes() : null;
        if (changes == null && !(value instanceof Collection<?>)) {
            return;
        }
        Collection<?> added = changes == null || fresh && value instanceof Collection<?> ? (Collection<?>) value
                : changes.added();
        Collection<?> removed = changes == null ? List.of() : changes.removed();
        if (changes != null) {
            seen.add(changes);
        }
        for (Object child : added) {
            if (child == null) {
                throw new FlushError("Can't flush None value found in collection "
                        + state.mapper().entityClass().getSimpleName() + "." + relationship.name());
            }
        }
        if (relationship.direction() == RelationshipDirection.MANY_TO_MANY) {
            for (Object child : added) {
                InstanceState joined = joined(child);
                if (joined != null) {
                    associations.add(relationship, state, joined);
                }
            }
            removed.forEach(child -> associations.remove(relationship, state, work.stateOf(child)));
            if (relationship.cascade().contains(Cascade.DELETE_ORPHAN)) {
                removed.forEach(child -> orphans.add(new Object[] {relationship, work.stateOf(child)}));
            }
            return;
        }
        removed.forEach(child -> removedChild(relationship, child));
        for (Object child : added) {
            InstanceState joined = joined(child);
            if (joined != null) {
                rule(new ForeignKeyRule(joined, relationship, state));
            }
        }
    }

    /** A one-to-one held by the referenced side ({@code uselist = false}): the object set, and the one replaced. */
    private void oneToOne(InstanceState state, RelationshipProperty relationship, Object value, boolean fresh) {
        if (!fresh && !state.modifiedAttributes().contains(relationship.name())) {
            return;
        }
        Object before = fresh ? null : state.committedValue(relationship.name());
        if (before != null && before != InstanceState.NO_VALUE && before != value) {
            removedChild(relationship, before);
        }
        InstanceState joined = value == null ? null : joined(value);
        if (joined != null) {
            rule(new ForeignKeyRule(joined, relationship, state));
        }
    }

    /**
     * A many-to-one with {@code delete-orphan} that no longer holds the object it was loaded with: that object is an
     * orphan (SQLAlchemy's {@code ManyToOneDP}: the history's deleted side), unless another object takes it.
     */
    private void replacedTarget(InstanceState state, RelationshipProperty relationship, Object value) {
        if (!relationship.cascade().contains(Cascade.DELETE_ORPHAN)
                || !state.modifiedAttributes().contains(relationship.name())) {
            return;
        }
        Object before = state.committedValue(relationship.name());
        if (before != null && before != InstanceState.NO_VALUE && before != value) {
            orphans.add(new Object[] {relationship, work.stateOf(before)});
        }
    }

    private void removedChild(RelationshipProperty relationship, Object child) {
        InstanceState orphan = work.stateOf(child);
        if (relationship.cascade().contains(Cascade.DELETE_ORPHAN)) {
            orphans.add(new Object[] {relationship, orphan});
        } else if (work.owns(orphan)) {
            rule(new ForeignKeyRule(orphan, relationship, null));
        }
    }

    /**
     * Children removed from a {@code delete-orphan} collection are orphans unless another parent took them in this
     * flush (appended to its collection, or their many-to-one set to it): decided once every change is collected.
     */
    private void resolveOrphans() {
        for (Object[] candidate : orphans) {
            RelationshipProperty relationship = (RelationshipProperty) candidate[0];
            InstanceState orphan = (InstanceState) candidate[1];
            boolean adopted = relationship.direction() == RelationshipDirection.MANY_TO_ONE
                    ? rules.values().stream().flatMap(List::stream)
                            .anyMatch(rule -> rule.parent() == orphan && rule.relationship() == relationship)
                    : rules.getOrDefault(orphan, List.of()).stream()
                            .anyMatch(rule -> rule.parent() != null && rule.relationship() == relationship);
            if (relationship.direction() == RelationshipDirection.MANY_TO_MANY) {
                adopted = false;
            }
            RelationshipProperty mirror = relationship.mirror();
            if (!adopted && relationship.direction() == RelationshipDirection.ONE_TO_MANY && mirror != null
                    && !mirror.isCollection() && !orphan.isUnloaded(mirror.name())) {
                Object parent = mirror.get(orphan.object());
                adopted = parent != null && !work.isMarkedDeleted(work.stateOf(parent));
                if (adopted && !relationship.isCollection() && !work.stateOf(parent).isUnloaded(relationship.name())
                        && relationship.get(parent) != orphan.object()) {
                    // a one-to-one whose parent holds another object now: the orphan's reference back is stale
                    adopted = false;
                }
            }
            if (!adopted) {
                orphaned(orphan);
            }
        }
        orphans.clear();
    }

    /**
     * The association rows of objects being deleted go too: their many-to-many collections are loaded if need be
     * and each pair is removed.
     */
    void deleting(java.util.function.Function<InstanceState, LoadContext> contexts) {
        for (InstanceState state : work.deletedStates()) {
            LoadContext context = contexts.apply(state);
            for (RelationshipProperty relationship : state.mapper().relationships()) {
                if (relationship.direction() != RelationshipDirection.MANY_TO_MANY || relationship.viewonly()) {
                    continue;
                }
                Object value = relationship.get(state.object());
                if (state.isUnloaded(relationship.name()) || value instanceof WriteOnlyState) {
                    value = context.objects(relationship.target(), context.rows(RelatedQuery.children(relationship, state)),
                            EntityPositions.contiguous(relationship.target(), 0));
                }
                List<Object> related = new ArrayList<>(value == null ? List.of() : (Collection<?>) value);
                if (value instanceof TrackedCollection tracked) {
                    related.addAll(tracked.changes().removed());
                }
                for (Object child : related) {
                    InstanceState other = work.stateOf(child);
                    if (other.identity() != null) {
                        associations.remove(relationship, state, other);
                    }
                }
            }
        }
    }

    /**
     * The state of a related object when it is in the Session; {@code null} when it is not (reached only through a
     * backref, or expunged): SQLAlchemy 2.0 leaves it out of the flush with the warning "Object of type … not in
     * session, add operation along '…' will not proceed".
     */
    private InstanceState joined(Object related) {
        InstanceState state = work.stateOf(related);
        if (!work.owns(state)) {
            LOG.warn("Object of type <{}> not in session, add operation will not proceed",
                    state.mapper().entityClass().getSimpleName());
            return null;
        }
        return state;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RelationshipSync.class);

    private void orphaned(InstanceState orphan) {
        if (orphan.identity() != null && work.owns(orphan)) {
            if (work.addDeleted(orphan)) {
                // and what its delete cascades reach, as SQLAlchemy's cascade_iterator("delete") of an orphan
                DeleteCascade.mark(work, orphan);
            }
        } else if (work.owns(orphan)) {
            work.expunge(orphan);
        }
    }

    private void rule(ForeignKeyRule rule) {
        List<ForeignKeyRule> forChild = rules.computeIfAbsent(rule.child(), s -> new ArrayList<>(2));
        if (rule.parent() == null) {
            forChild.add(0, rule);
        } else {
            forChild.add(rule);
        }
        if (rule.child().identity() != null && work.owns(rule.child())) {
            work.markModified(rule.child());
        }
    }

    /** Whether a foreign key copy of this flush sets {@code column} of {@code state} (a key from its parent). */
    boolean fills(InstanceState state, io.alchemy.schema.Column<?> column) {
        return rules.getOrDefault(state, List.of()).stream().anyMatch(rule -> rule.parent() != null
                && rule.relationship().pairs().stream().anyMatch(pair -> pair.referencing() == column));
    }

    /**
     * The value a foreign key copy of this flush will set on {@code column} of {@code state}, when its parent already
     * holds it (a persistent parent, or one whose key was given); {@code null} when it is known only after the
     * parent's INSERT.
     */
    @org.jspecify.annotations.Nullable Object valueToFill(InstanceState state, io.alchemy.schema.Column<?> column) {
        for (ForeignKeyRule rule : rules.getOrDefault(state, List.of())) {
            if (rule.parent() == null) {
                continue;
            }
            for (io.alchemy.orm.mapping.JoinPair pair : rule.relationship().pairs()) {
                if (pair.referencing() == column) {
                    Object value = RelatedQuery.valueOf(rule.parent(), pair.referenced());
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** Sets the foreign keys of {@code states} from their parents, which are written by now. */
    void apply(List<InstanceState> states) {
        for (InstanceState state : states) {
            for (ForeignKeyRule rule : rules.getOrDefault(state, List.of())) {
                rule.apply();
            }
        }
    }

    /**
     * The rows of one table's INSERTs in levels, each level's parents in earlier levels: one level unless the table
     * refers to itself (a tree).
     */
    List<List<InstanceState>> levels(List<InstanceState> states) {
        Set<InstanceState> remaining = new LinkedHashSet<>(states);
        List<List<InstanceState>> levels = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<InstanceState> level = new ArrayList<>();
            for (InstanceState state : remaining) {
                if (rules.getOrDefault(state, List.of()).stream()
                        .noneMatch(r -> r.parent() != null && r.parent() != state && remaining.contains(r.parent()))) {
                    level.add(state);
                }
            }
            if (level.isEmpty()) {
                level.addAll(remaining);
            }
            level.forEach(remaining::remove);
            levels.add(level);
        }
        return levels;
    }

    /** Writes the association rows of many-to-many changes: both sides' rows exist by now. */
    void writeAssociations(java.util.function.Function<InstanceState, io.alchemy.engine.Connection> connections) {
        associations.write(connections);
    }

    /**
     * The flush went through: the collections' changes are written; a new object's unset many-to-one whose foreign
     * key was given directly becomes unloaded, so that reading it loads the object the key refers to.
     */
    void flushed() {
        seen.forEach(TrackedCollection.Changes::clear);
        for (InstanceState state : inserted) {
            for (RelationshipProperty relationship : state.mapper().relationships()) {
                if (relationship.direction() == RelationshipDirection.MANY_TO_ONE
                        && relationship.get(state.object()) == null && RelatedQuery.targetKey(relationship, state) != null) {
                    state.expire(List.of(relationship.name()));
                }
            }
        }
    }
}
