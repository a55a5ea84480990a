package io.alchemy.orm.loading;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ManagedEntity;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An ORM SELECT as a Session runs it: a {@link LoadPlan} per entity of the columns clause, from the statement's
 * {@link LoaderOption}s and the relationships' defaults; the statement with the plans' joins and columns; each row's
 * entities as objects with joined relationships filled. Without eager loading the rows stream as read; with it they are
 * read in full first, rows repeating a parent because of a joined collection are given once, and the selectin and
 * subquery loaders run before the first row is handed out.
 */
public final class EntityQuery {
    private record Planned(Mapper<?> mapper, int index, LoadPlan plan) {
    }

    private EntityQuery() {
    }

    /** Runs a SELECT of entities: its rows as objects, loader options and eager loads applied. */
    public static Result execute(Select<?> given, RowShape givenShape, Map<String, ?> parameters, LoadContext context) {
        List<ColumnLoadOption> columnOptions = optionsOf(given, ColumnLoadOption.class);
        Select<?> select = PolymorphicRows.filtered(given, givenShape);
        RowShape shape = givenShape;
        if (!columnOptions.isEmpty()) {
            RowShape.Deferred deferred = givenShape.deferring(select, m -> ColumnLoadOption.deferred(m, columnOptions));
            select = deferred.statement();
            shape = deferred.shape();
        }
        RowShape.Deferred inlined = shape.inlining(select);    // single-table subclasses' columns, in the same SELECT
        if (inlined != null) {
            select = inlined.statement();
            shape = inlined.shape();
        }
        List<LoaderOption> options = optionsOf(select, LoaderOption.class);
        List<Planned> plans = new ArrayList<>();
        shape.forEachEntity((mapper, index) -> plans.add(new Planned(mapper, index,
                LoadPlan.of(mapper, options, null, 0, context))));
        Select<?> statement = select;
        int prefix = 0;
        for (Planned planned : plans) {
            statement = planned.plan.preparePrefix(statement, prefix);
            prefix += planned.plan.prefixWidth();
        }
        RowShape shifted = prefix == 0 ? shape : shape.shifted(prefix);
        for (Planned planned : plans) {
            statement = planned.plan.prepare(statement, planned.mapper.table());
        }
        Result raw = context.connection().apply(statement).execute(statement, parameters);
        PlannedRows convert = new PlannedRows(shifted, plans, context.loader());
        if (plans.stream().noneMatch(p -> p.plan.isEager())) {
            return new OrmResult(raw, convert);
        }
        boolean unique = plans.stream().anyMatch(p -> p.plan.repeatsParents());
        List<String> keys = shifted.keys(raw.keys());
        List<Row> rows = new ArrayList<>();
        Set<List<Object>> seen = new java.util.HashSet<>();
        for (Row row : raw.all()) {
            Row converted = convert.row(row);
            if (!unique || seen.add(identities(converted))) {
                rows.add(converted);
            }
        }
        for (Planned planned : plans) {
            List<Object> entities = new ArrayList<>();
            rows.forEach(row -> entities.add(row.get(planned.index)));
            entities.removeIf(java.util.Objects::isNull);
            planned.plan.afterRows(context, RowFill.distinct(entities));
        }
        return new OrmResult(Result.buffered(keys, rows), RowProcessor.IDENTITY);
    }

    /** The rows of a query: each row's entities through the loader, then each entity's plan (lazy options, fills). */
    private record PlannedRows(RowShape shape, List<Planned> plans, EntityLoader loader) implements RowProcessor {
        @Override
        public Row row(Row raw) {
            Row converted = shape.convert(raw, loader);
            for (Planned planned : plans) {
                planned.plan.row(raw, converted.get(planned.index));
            }
            return converted;
        }

        @Override
        public Object value(Row raw, int index) {
            if (index != 0 || !shape.isSingleEntity()) {
                return row(raw).get(index);
            }
            Object entity = shape.value(raw, 0, loader);
            plans.get(0).plan.row(raw, entity);
            return entity;
        }

        @Override
        public List<String> keys(List<String> rawKeys) {
            return shape.keys(rawKeys);
        }
    }

    /** The statement's options of {@code type}, in order. */
    private static <T> List<T> optionsOf(Select<?> statement, Class<T> type) {
        List<?> all = statement.getOptions();
        if (all.isEmpty()) {
            return List.of();
        }
        List<T> options = new ArrayList<>();
        for (Object option : all) {
            if (type.isInstance(option)) {
                options.add(type.cast(option));
            }
        }
        return options;
    }

    /**
     * The rows of textual SQL as objects of {@code entities}' one mapped class, its columns matched by name
     * (case-insensitively); one statement for the rows themselves. Columns the SQL does not return are loaded for
     * all the objects with one more SELECT; the relationships the mapping loads eagerly are loaded after the rows, as
     * for a {@code select()} ({@code JOINED} ones with a SELECT … IN, as textual SQL cannot be joined).
     */
    public static Result fromText(Select<?> entities, Executable text, Map<String, ?> parameters,
            LoadContext context) {
        Mapper<?> mapper = RowShape.of(entities).firstEntity();
        Result raw = context.connection().apply(text).execute(text, parameters);
        List<String> columnKeys = raw.keys();
        List<ColumnProperty> properties = mapper.columnProperties();
        int[] positions = new int[properties.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = indexOf(columnKeys, properties.get(i).column().name());
        }
        for (ColumnProperty key : mapper.primaryKey()) {
            if (positions[properties.indexOf(key)] < 0) {
                raw.close();
                throw new ArgumentError("The textual SQL returns no column '" + key.column().name()
                        + "' (the primary key of " + mapper.entityClass().getSimpleName() + ") among " + columnKeys);
            }
        }
        LoadPlan plan = LoadPlan.of(mapper, List.of(), null, 0, context);
        List<Row> rows = new ArrayList<>();
        List<Object> entitiesLoaded = new ArrayList<>();
        String key = mapper.entityClass().getSimpleName();
        for (Row row : raw.all()) {
            Object entity = context.loader().load(mapper, row, positions);
            entitiesLoaded.add(entity);
            rows.add(new OrmRow(List.of(key), new Object[] {entity}));
        }
        entitiesLoaded.removeIf(java.util.Objects::isNull);
        List<Object> distinct = RowFill.distinct(entitiesLoaded);
        loadMissingColumns(mapper, distinct, context);
        plan.afterRows(context, distinct);
        for (RelationshipProperty relationship : mapper.relationships()) {
            if (relationship.lazy() == LoadStrategy.JOINED) {
                // textual SQL cannot be joined: the mapping's JOINED relationships load with one SELECT … IN (…)
                new SelectInLoader(relationship, LoadPlan.of(relationship.target(), List.of(), relationship, 1, context))
                        .afterRows(context, distinct);
            }
        }
        return new OrmResult(Result.buffered(List.of(key), rows), RowProcessor.IDENTITY);
    }

    /**
     * The objects the SQL did not give every column of ({@code SELECT id FROM …}) get the rest with one
     * {@code SELECT … WHERE pk IN (…)} (per 500), rather than one SELECT each on first access.
     */
    private static void loadMissingColumns(Mapper<?> mapper, List<Object> entities, LoadContext context) {
        if (mapper.primaryKey().size() != 1) {
            return;
        }
        List<Object> keys = new ArrayList<>();
        for (Object entity : entities) {
            InstanceState state = InstanceState.of(entity);
            if (!state.unloadedAttributes().isEmpty()) {
                keys.add(state.identity().get(0));
            }
        }
        Column<?> key = mapper.primaryKey().get(0).column();
        for (List<Object> chunk : SelectInLoader.chunks(keys)) {
            Select<?> statement = io.alchemy.Alchemy.select(EntityLoader.labelled(mapper).toArray()).where(key.in(chunk));
            context.objects(mapper, context.rows(statement), EntityPositions.contiguous(mapper, 0));
        }
    }

    private static int indexOf(List<String> keys, String name) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code Session.get}'s load by primary key, {@link EntityLoader#byIdentity}: the object of the row, with the
     * relationships the mapping makes eager ({@code lazy = SELECTIN / JOINED / SUBQUERY}) loaded as a SELECT of the
     * entity loads them, as SQLAlchemy's {@code Session.get} honours the mapping's loader strategies; {@code null}
     * without a row.
     */
    public static @Nullable Object byIdentity(Mapper<?> mapper, List<Object> id, LoadContext context) {
        LoadPlan plan = LoadPlan.of(mapper, List.of(), null, 0, context);
        if (!plan.isEager()) {                      // the common case: one row, read as it comes, nothing buffered
            Select<?> byId = EntityLoader.byIdentity(mapper, id);
            Row row = context.connection().apply(byId).execute(byId).first();
            return row == null ? null : context.loader().load(mapper, row, 0);
        }
        Select<?> statement = plan.prepare(EntityLoader.byIdentity(mapper, id), mapper.table());
        Object found = null;
        for (Row row : context.connection().apply(statement).execute(statement).all()) {
            Object object = context.loader().load(mapper, row, 0);
            plan.row(row, object);
            found = found == null ? object : found;
        }
        if (found != null) {
            plan.afterRows(context, List.of(found));
        }
        return found;
    }

    /** The row's values compared by identity for objects (a key for de-duplicating). */
    private static List<Object> identities(Row row) {
        List<Object> key = new ArrayList<>();
        for (Object value : row.values()) {
            key.add(value instanceof ManagedEntity ? new Identity(value) : value);
        }
        return key;
    }

    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
