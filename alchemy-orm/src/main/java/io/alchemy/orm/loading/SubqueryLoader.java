package io.alchemy.orm.loading;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.FieldValues;
import io.alchemy.orm.mapping.JoinConditions;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipDirection;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Select;
import io.alchemy.sql.Subquery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lazy = SUBQUERY} / {@code subqueryload}: after the query's rows, one more SELECT loads the relationship for
 * all parents by joining the target to the original query, reduced to the parents' keys, as a subquery:
 * {@code SELECT address.…, anon_1.user_account_id FROM (SELECT user_account.id AS user_account_id FROM user_account
 * WHERE …) AS anon_1 JOIN address ON anon_1.user_account_id = address.user_id}. One-to-many and many-to-many with a
 * single-column key; anything else loads as {@code selectin}.
 */
final class SubqueryLoader implements EagerLoader {
    private final RelationshipProperty relationship;
    private final LoadPlan nested;
    private Select<?> original;
    private FromClause parentFrom;

    SubqueryLoader(RelationshipProperty relationship, LoadPlan nested) {
        this.relationship = relationship;
        this.nested = nested;
    }

    @Override
    public Select<?> prepare(Select<?> statement, FromClause parent) {
        this.original = statement;
        this.parentFrom = parent;
        return statement;
    }

    @Override
    public void afterRows(LoadContext context, List<Object> entities) {
        if (relationship.direction() == RelationshipDirection.MANY_TO_ONE || relationship.pairs().size() != 1
                || original == null) {
            new SelectInLoader(relationship, nested).afterRows(context, entities);
            return;
        }
        JoinPair pair = relationship.pairs().get(0);
        Column<?> key = pair.referenced();
        String label = key.table().name() + "_" + key.name();
        Subquery parents = original.withOnlyColumns(JoinConditions.side(key, parentFrom).label(label)).distinct()
                .subquery();
        Mapper<?> target = relationship.target();
        List<Object> columns = new ArrayList<>(EntityLoader.labelled(target));
        columns.add(parents.c(label));
        ColumnElement<?> on = parents.c(label).eq(pair.referencing());
        Select<?> statement = relationship.direction() == RelationshipDirection.MANY_TO_MANY
                ? select(columns.toArray()).selectFrom(parents).join(relationship.secondary(), on)
                        .join(target.table(), JoinConditions.on(relationship.secondaryPairs(), target.table(),
                                relationship.secondary()))
                : select(columns.toArray()).selectFrom(parents).join(target.table(), on);
        // the children's own JOINED relationships join onto this SELECT (their row() reads the added columns)
        statement = nested.prepare(statement, target.table());
        statement = RelatedQuery.ordered(statement.orderBy(parents.c(label)), relationship);
        Class<?> keyType = FieldValues.boxed(relationship.parent().propertyFor(key).javaType());
        int width = EntityLoader.labelled(target).size();
        Map<Object, List<Object>> byKey = new HashMap<>();
        List<Object> loaded = new ArrayList<>();
        for (Row row : context.rows(statement)) {
            Object child = context.loader().load(target, row, EntityPositions.contiguous(target, 0));
            nested.row(row, child);
            loaded.add(child);
            byKey.computeIfAbsent(FieldValues.convert(row.get(width), keyType, relationship.toString()),
                    k -> new ArrayList<>()).add(child);
        }
        for (Object parent : RowFill.distinct(entities)) {
            InstanceState state = InstanceState.of(parent);
            if (state.isUnloaded(relationship.name())) {
                RelatedValues.put(state, relationship, byKey.getOrDefault(RelatedQuery.valueOf(state, key), List.of()));
            }
        }
        nested.afterRows(context, RowFill.distinct(loaded));
    }
}
