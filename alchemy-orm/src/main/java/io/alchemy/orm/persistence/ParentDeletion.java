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
                    if (cascade) {
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
     * The deletes of a table that refers to itself go children first: the cascade found them parents first, so the
     * order is reversed.
     */
    static void childrenFirst(io.alchemy.schema.Table table, List<InstanceState> states) {
        if (table.foreignKeys().stream().anyMatch(fk -> fk.references(table))) {
            java.util.Collections.reverse(states);
        }
    }

    private static void dissociate(RelationshipProperty relationship, InstanceState child) {
        for (JoinPair pair : relationship.pairs()) {
            ColumnProperty foreignKey = child.mapper().propertyFor(pair.referencing());
            if (foreignKey != null) {
                InstanceState.onWrite(child.object(), child, foreignKey.name(), null);
                foreignKey.set(child.object(), null);
            }
        }
    }
}
