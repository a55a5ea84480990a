package io.alchemy.orm.loading;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
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
        List<ColumnLoadOption> columnOptions = given.getOptions().stream().filter(ColumnLoadOption.class::isInstance)
                .map(ColumnLoadOption.class::cast).toList();
        Select<?> select = PolymorphicRows.filtered(given, givenShape);
        RowShape shape = givenShape;
        if (!columnOptions.isEmpty()) {
            RowShape.Deferred deferred = givenShape.deferring(select, m -> ColumnLoadOption.deferred(m, columnOptions));
            select = deferred.statement();
            shape = deferred.shape();
        }
        List<LoaderOption> options = select.getOptions().stream().filter(LoaderOption.class::isInstance)
                .map(LoaderOption.class::cast).toList();
        List<Planned> plans = new ArrayList<>();
        shape.forEachEntity((mapper, index) -> plans.add(new Planned(mapper, index,
                LoadPlan.of(mapper, options, null, 0, context))));
        Select<?> statement = select;
        int prefix = 0;
        for (Planned planned : plans) {
            statement = planned.plan.preparePrefix(statement, prefix);
            prefix += planned.plan.prefixWidth();
        }
        RowShape shifted = shape.shifted(prefix);
        for (Planned planned : plans) {
            statement = planned.plan.prepare(statement, planned.mapper.table());
        }
        Result raw = context.connection().apply(statement).execute(statement, parameters);
        UnaryOperator<Row> convert = row -> {
            Row converted = shifted.convert(row, context.loader());
            plans.forEach(p -> p.plan.row(row, converted.get(p.index)));
            return converted;
        };
        if (plans.stream().noneMatch(p -> p.plan.isEager())) {
            return new OrmResult(raw, convert, shifted::keys);
        }
        boolean unique = plans.stream().anyMatch(p -> p.plan.repeatsParents());
        List<String> keys = shifted.keys(raw.keys());
        List<Row> rows = new ArrayList<>();
        Set<List<Object>> seen = new java.util.HashSet<>();
        for (Row row : raw.all()) {
            Row converted = convert.apply(row);
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
        return new OrmResult(Result.buffered(keys, rows), UnaryOperator.identity(), UnaryOperator.identity());
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
            key.add(value instanceof io.alchemy.orm.internal.ManagedEntity ? new Identity(value) : value);
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
