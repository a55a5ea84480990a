package io.alchemy.orm.loading;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipDirection;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.sql.Select;
import java.util.List;

/**
 * {@code lazy = SELECT}, the default: the first read of the relationship loads it with a SELECT of its own. A
 * many-to-one whose target is in the identity map loads with no SQL; one whose foreign key is NULL is null.
 */
final class LazyLoader implements RelationshipLoader {
    private final RelationshipProperty relationship;

    LazyLoader(RelationshipProperty relationship) {
        this.relationship = relationship;
    }

    @Override
    public void load(LoadContext context, InstanceState state) {
        Mapper<?> target = relationship.target();
        if (relationship.direction() == RelationshipDirection.MANY_TO_ONE) {
            List<Object> key = RelatedQuery.targetKey(relationship, state);
            Object present = key == null ? null : context.present(target, key);
            if (key == null || present != null) {
                RelatedValues.putOne(state, relationship, present);
                return;
            }
            List<Object> found = context.objects(target, context.rows(EntityLoader.byIdentity(target, key)),
                    EntityPositions.contiguous(target, 0));
            RelatedValues.put(state, relationship, found);
            return;
        }
        Select<?> statement = RelatedQuery.children(relationship, state);
        List<Object> found = statement == null ? List.of()
                : context.objects(target, context.rows(statement), EntityPositions.contiguous(target, 0));
        if (!found.isEmpty() && PolymorphicRows.loadsSubclassColumns(target)) {
            PolymorphicRows.loadSubclassColumns(context, target, found);     // a collection of a base class
        }
        RelatedValues.put(state, relationship, found);
    }

    /** Whether loading {@code state}'s relationship needs SQL: not for a many-to-one found in the identity map. */
    static boolean needsSql(LoadContext context, RelationshipProperty relationship, InstanceState state) {
        if (relationship.direction() != RelationshipDirection.MANY_TO_ONE) {
            return true;
        }
        List<Object> key = RelatedQuery.targetKey(relationship, state);
        return key != null && context.present(relationship.target(), key) == null;
    }
}
