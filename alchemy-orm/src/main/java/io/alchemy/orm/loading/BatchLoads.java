package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads for many objects at once what {@code Session.get} and a lazy load read one object at a time: the rows of many
 * primary keys in one {@code SELECT … WHERE pk IN (…)}, and one relationship of many parents in one selectin load.
 * {@code Session.merge} of a detached graph uses them so that its statements do not grow with the graph.
 */
public final class BatchLoads {
    private BatchLoads() {
    }

    /**
     * The objects of {@code mapper} (single-column primary key) with these primary key values, loaded through the
     * identity map as {@code Session.get} loads one: {@code SELECT … WHERE pk IN (…)} per 500 keys, with the
     * relationships the mapping makes eager loaded for all of them. Keys without a row are left out.
     */
    public static List<Object> byPrimaryKeys(Mapper<?> mapper, List<Object> keys, LoadContext context) {
        if (mapper.primaryKey().size() != 1) {
            throw new IllegalArgumentException(mapper + " has a composite primary key: load it by identity");
        }
        Column<?> key = mapper.primaryKey().get(0).column();
        LoadPlan plan = LoadPlan.of(mapper, List.of(), null, 0, context);
        List<Object> found = new ArrayList<>();
        for (List<Object> chunk : SelectInLoader.chunks(keys)) {
            // as EntityLoader.byIdentity: a subclass reads its joined tables, a single-table one adds its discriminator
            Select<?> byKeys = PolymorphicRows.from(mapper, io.alchemy.Alchemy.select(EntityLoader.labelled(mapper).toArray()));
            Select<?> statement = plan.prepare(PolymorphicRows.filtered(mapper, byKeys.where(key.in(chunk))),
                    mapper.table());
            for (Row row : context.connection().apply(statement).execute(statement).all()) {
                Object object = context.loader().load(mapper, row, 0);
                plan.row(row, object);
                found.add(object);
            }
        }
        found = RowFill.distinct(found);
        plan.afterRows(context, found);
        return found;
    }

    /**
     * Loads {@code relationship} on each of {@code parents} where it is unloaded, as {@code lazy = SELECTIN} loads it
     * after a query's rows: one SELECT per 500 parents (for a many-to-one, of the targets not in the identity map);
     * the children's own eager relationships load with them.
     */
    public static void relationship(RelationshipProperty relationship, List<Object> parents, LoadContext context) {
        LoadPlan nested = LoadPlan.of(relationship.target(), List.of(), relationship, 1, context);
        new SelectInLoader(relationship, nested).afterRows(context, parents);
    }
}
