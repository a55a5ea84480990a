package io.alchemy.orm.persistence;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.loading.EntityLoader;
import io.alchemy.orm.loading.RelatedQuery;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipDirection;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.sql.Select;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What deleting a parent does to the children of its one-to-many relationships, before the flush writes anything
 * (SQLAlchemy's dependency processing): the children are loaded
 * ({@code SELECT address.id AS address_id, … FROM address WHERE ? = address.user_id}); with a {@code delete} cascade
 * they are deleted too, otherwise their foreign key is set to NULL (an UPDATE, which a NOT NULL column refuses).
 * With {@code passiveDeletes} and a {@code delete} cascade, the database's ON DELETE CASCADE is left to do it.
 */
final class ParentDeletion {
    private final UnitOfWork work;
    private final FlushTarget target;

    ParentDeletion(UnitOfWork work, FlushTarget target) {
        this.work = work;
        this.target = target;
    }

    void prepare() {
        Deque<InstanceState> queue = new ArrayDeque<>(work.deletedStates());
        while (!queue.isEmpty()) {
            InstanceState parent = queue.poll();
            for (RelationshipProperty relationship : parent.mapper().relationships()) {
                if (relationship.direction() != RelationshipDirection.ONE_TO_MANY || relationship.viewonly()) {
                    continue;
                }
                boolean cascade = relationship.cascade().contains(Cascade.DELETE);
                if (cascade && relationship.passiveDeletes()) {
                    continue;
                }
                for (Object child : children(relationship, parent)) {
                    InstanceState state = InstanceState.of(child);
                    if (state.wasDeleted() || !work.owns(state)) {
                        // deleted by an earlier flush (still held by the collection), or not in this Session
                        continue;
                    }
                    if (cascade) {
                        if (!work.isMarkedDeleted(state) && DeleteCascade.heldElsewhere(work, relationship, child)) {
                            // moved to another parent in this flush (SQLAlchemy's hasparent): it stays
                            continue;
                        }
                        if (work.addDeleted(state)) {
                            queue.add(state);
                        }
                    } else if (!work.isMarkedDeleted(state)) {
                        dissociate(relationship, state);
                    }
                }
            }
        }
    }

    private List<Object> children(RelationshipProperty relationship, InstanceState parent) {
        if (!parent.isUnloaded(relationship.name()) && relationship.lazy() != LoadStrategy.WRITE_ONLY) {
            return List.copyOf(SaveUpdateCascade.related(parent, relationship));
        }
        Select<?> statement = RelatedQuery.children(relationship, parent);
        if (statement == null) {
            return List.of();
        }
        Mapper<?> target = relationship.target();
        List<Object> children = new ArrayList<>();
        EntityLoader loader = this.target.loader(parent);
        for (Row row : this.target.connection(parent).execute(statement).all()) {
            children.add(loader.load(target, row, 0));
        }
        return children;
    }

    /**
     * The deletes of a table that refers to itself go children first: each row before the row its foreign key
     * points to (by the values the objects hold), rows of one level in the order they were marked.
     */
    static void childrenFirst(io.alchemy.schema.Table table, List<InstanceState> states) {
        List<io.alchemy.schema.ForeignKey> selfKeys = table.foreignKeys().stream().filter(fk -> fk.references(table))
                .toList();
        if (selfKeys.isEmpty() || states.size() < 2) {
            return;
        }
        List<InstanceState> remaining = new ArrayList<>(states);
        List<InstanceState> ordered = new ArrayList<>(states.size());
        while (!remaining.isEmpty()) {
            List<InstanceState> level = new ArrayList<>();
            for (InstanceState candidate : remaining) {
                boolean referenced = false;
                for (InstanceState other : remaining) {
                    if (other != candidate && refersTo(other, candidate, selfKeys)) {
                        referenced = true;
                        break;
                    }
                }
                if (!referenced) {
                    level.add(candidate);
                }
            }
            if (level.isEmpty()) {
                level.addAll(remaining);
            }
            remaining.removeIf(state -> level.stream().anyMatch(done -> done == state));
            ordered.addAll(level);
        }
        states.clear();
        states.addAll(ordered);
    }

    private static boolean refersTo(InstanceState child, InstanceState parent, List<io.alchemy.schema.ForeignKey> keys) {
        for (io.alchemy.schema.ForeignKey key : keys) {
            ColumnProperty referencing = child.mapper().propertyFor(key.parent());
            ColumnProperty referenced = parent.mapper().propertyFor(key.column());
            if (referencing == null || referenced == null) {
                continue;
            }
            Object value = referencing.get(child.object());
            if (value != null && Values.same(value, referenced.get(parent.object()))) {
                return true;
            }
        }
        return false;
    }

    private void dissociate(RelationshipProperty relationship, InstanceState child) {
        for (JoinPair pair : relationship.pairs()) {
            ColumnProperty foreignKey = child.mapper().propertyFor(pair.referencing());
            if (foreignKey == null) {
                child.unmappedColumn(pair.referencing(), null);
                work.markModified(child);
            } else {
                InstanceState.onWrite(child.object(), child, foreignKey.name(), null);
                foreignKey.set(child.object(), null);
            }
        }
    }
}
