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
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lazy = SELECTIN} / {@code selectinload}: after the query's rows, one more SELECT per 500 parents loads the
 * relationship for all of them: {@code SELECT address.user_id AS address_user_id, address.id AS address_id, … FROM
 * address WHERE address.user_id IN (…)} (the foreign key first; through the association table for a many-to-many;
 * by primary key for a many-to-one, skipping targets already in the identity map). Every parent's key is in the IN
 * list, but a relationship already loaded is not overwritten.
 */
final class SelectInLoader implements EagerLoader {
    static final int CHUNK = 500;

    private final RelationshipProperty relationship;
    private final LoadPlan nested;

    SelectInLoader(RelationshipProperty relationship, LoadPlan nested) {
        this.relationship = relationship;
        this.nested = nested;
    }

    @Override
    public void afterRows(LoadContext context, List<Object> entities) {
        List<Object> parents = RowFill.distinct(entities);
        List<Object> loaded = relationship.direction() == RelationshipDirection.MANY_TO_ONE
                ? manyToOne(context, parents) : collections(context, parents);
        nested.afterRows(context, RowFill.distinct(loaded));
    }

    private List<Object> collections(LoadContext context, List<Object> parents) {
        if (relationship.pairs().size() != 1) {
            return perParent(context, parents);
        }
        JoinPair pair = relationship.pairs().get(0);
        Column<?> foreignKey = pair.referencing();
        Mapper<?> target = relationship.target();
        List<Column<?>> columns = new ArrayList<>();
        columns.add(foreignKey);
        EntityPositions.selected(target).stream().filter(c -> c != foreignKey).forEach(columns::add);
        Object[] labelled = columns.stream().map(SelectInLoader::labelled).toArray();
        int[] positions = EntityPositions.of(target, columns, 0);
        Class<?> keyType = FieldValues.boxed(relationship.parent().propertyFor(pair.referenced()).javaType());
        Set<Object> keys = new LinkedHashSet<>();
        for (Object parent : parents) {
            Object key = RelatedQuery.valueOf(InstanceState.of(parent), pair.referenced());
            if (key != null) {
                keys.add(key);
            }
        }
        Map<Object, List<Object>> byKey = new HashMap<>();
        List<Object> loaded = new ArrayList<>();
        for (List<Object> chunk : chunks(keys)) {
            Select<?> statement = PolymorphicRows.filtered(target,
                    PolymorphicRows.from(target, select(labelled)).where(foreignKey.in(chunk)));
            if (relationship.direction() == RelationshipDirection.MANY_TO_MANY) {
                statement = statement.where(JoinConditions.on(relationship.secondaryPairs(), target.table(),
                        relationship.secondary()));
            }
            // the children's own JOINED relationships join onto this SELECT (their row() reads the added columns)
            statement = nested.prepare(statement, target.table());
            for (Row row : context.rows(RelatedQuery.ordered(statement, relationship))) {
                Object child = context.loader().load(target, row, positions);
                nested.row(row, child);
                loaded.add(child);
                Object key = FieldValues.convert(row.get(0), keyType, relationship.toString());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
            }
        }
        for (Object parent : parents) {
            InstanceState state = InstanceState.of(parent);
            if (state.isUnloaded(relationship.name())) {
                Object key = RelatedQuery.valueOf(state, pair.referenced());
                RelatedValues.put(state, relationship, byKey.getOrDefault(key, List.of()));
            }
        }
        return loaded;
    }

    private List<Object> manyToOne(LoadContext context, List<Object> parents) {
        Mapper<?> target = relationship.target();
        Map<List<Object>, List<InstanceState>> waiting = new HashMap<>();
        List<Object> loaded = new ArrayList<>();
        for (Object parent : parents) {
            InstanceState state = InstanceState.of(parent);
            if (!state.isUnloaded(relationship.name())) {
                continue;
            }
            List<Object> key = RelatedQuery.targetKey(relationship, state);
            Object present = key == null ? null : context.present(target, key);
            if (key == null || present != null) {
                RelatedValues.putOne(state, relationship, present);
            } else {
                waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(state);
            }
        }
        if (waiting.isEmpty() || target.primaryKey().size() != 1) {
            waiting.values().forEach(states -> states.forEach(s -> new LazyLoader(relationship).load(context, s)));
            return loaded;
        }
        Column<?> key = target.primaryKey().get(0).column();
        List<Object> keys = waiting.keySet().stream().map(k -> k.get(0)).toList();
        for (List<Object> chunk : chunks(keys)) {
            Select<?> statement = PolymorphicRows.from(target, select(EntityLoader.labelled(target).toArray()))
                    .where(key.in(chunk));
            // the targets' own JOINED relationships join onto this SELECT (their row() reads the added columns)
            statement = nested.prepare(statement, target.table());
            List<Row> rows = context.rows(statement);
            List<Object> objects = context.objects(target, rows, EntityPositions.contiguous(target, 0));
            for (int i = 0; i < rows.size(); i++) {
                nested.row(rows.get(i), objects.get(i));
            }
            loaded.addAll(objects);
        }
        loaded = RowFill.distinct(loaded);
        for (Object object : loaded) {
            List<InstanceState> states = waiting.getOrDefault(InstanceState.of(object).identity(), List.of());
            states.forEach(s -> RelatedValues.putOne(s, relationship, object));
        }
        return loaded;
    }

    private List<Object> perParent(LoadContext context, List<Object> parents) {
        for (Object parent : parents) {
            InstanceState state = InstanceState.of(parent);
            if (state.isUnloaded(relationship.name())) {
                new LazyLoader(relationship).load(context, state);
            }
        }
        return List.of();
    }

    static ColumnElement<?> labelled(Column<?> column) {
        return column.label(column.table().name() + "_" + column.name());
    }

    static List<List<Object>> chunks(java.util.Collection<Object> keys) {
        List<Object> all = new ArrayList<>(keys);
        List<List<Object>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
        }
        return chunks;
    }
}
