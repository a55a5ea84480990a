package io.alchemy.orm.dml;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.exc.CompileError;
import io.alchemy.orm.exc.UnevaluatableError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Delete;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An ORM-enabled UPDATE or DELETE with WHERE criteria ({@code update(User.class).where(…).values(…)}), run with
 * synchronize-session: the objects it matches in the Session are found by evaluating the criteria in Java
 * ({@link Synchronization#EVALUATE}, before the statement runs) or by the matched rows' primary keys
 * ({@link Synchronization#FETCH}: {@code RETURNING} where the database has it for the statement, else a SELECT
 * first), then updated or marked deleted.
 */
final class SynchronizedDml {
    private final Connection connection;
    private final SessionSync sync;

    SynchronizedDml(Connection connection, SessionSync sync) {
        this.connection = connection;
        this.sync = sync;
    }

    private record Matched(List<InstanceState> states, List<InstanceState> unknown) {
    }

    Result execute(DmlStatement statement, Map<String, ?> parameters, Synchronization mode) {
        if (mode == Synchronization.NONE) {
            return connection.execute(statement, parameters);
        }
        Mapper<?> mapper = Mappers.of(statement.entity());
        CriteriaEvaluator evaluator = new CriteriaEvaluator(mapper);
        Map<ColumnProperty, CriteriaEvaluator.Evaluation> values = statement instanceof Update update
                ? values(evaluator, mapper, update) : Map.of();
        if (mode != Synchronization.FETCH) {
            try {
                Matched matched = evaluate(evaluator, mapper, where(statement));
                Result result = connection.execute(statement, parameters);
                apply(statement, matched, values);
                return result;
            } catch (UnevaluatableError e) {
                if (mode == Synchronization.EVALUATE) {
                    throw e;
                }
            }
        }
        return fetch(statement, parameters, mapper, values);
    }

    private static List<ColumnElement<?>> where(DmlStatement statement) {
        return statement instanceof Update update ? update.whereList() : ((Delete) statement).whereList();
    }

    /** The SET values as evaluations; {@code null} for a value that cannot be evaluated (its attribute expires). */
    private static Map<ColumnProperty, CriteriaEvaluator.Evaluation> values(CriteriaEvaluator evaluator, Mapper<?> mapper,
            Update update) {
        Map<ColumnProperty, CriteriaEvaluator.Evaluation> values = new LinkedHashMap<>();
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : update.valueMap().entrySet()) {
            ColumnClause<?> column = entry.getKey().schemaColumn();
            ColumnProperty property = column.table() == mapper.table() && column instanceof io.alchemy.schema.Column<?> c
                    ? mapper.propertyFor(c) : null;
            if (property != null) {
                CriteriaEvaluator.Evaluation value;
                try {
                    value = evaluator.compile(entry.getValue());
                } catch (UnevaluatableError e) {
                    value = null;
                }
                values.put(property, value);
            }
        }
        return values;
    }

    private Matched evaluate(CriteriaEvaluator evaluator, Mapper<?> mapper, List<ColumnElement<?>> where) {
        CriteriaEvaluator.Evaluation criteria = evaluator.criteria(where);
        List<InstanceState> states = new ArrayList<>();
        List<InstanceState> unknown = new ArrayList<>();
        for (InstanceState state : sync.persistent(mapper)) {
            Object outcome = criteria.evaluate(state);
            if (Boolean.TRUE.equals(outcome)) {
                states.add(state);
            } else if (outcome == CriteriaEvaluator.UNKNOWN) {
                unknown.add(state);
            }
        }
        return new Matched(states, unknown);
    }

    private Result fetch(DmlStatement statement, Map<String, ?> parameters, Mapper<?> mapper,
            Map<ColumnProperty, CriteriaEvaluator.Evaluation> values) {
        Object[] key = mapper.primaryKey().stream().map(ColumnProperty::column).toArray();
        DmlStatement returning = withReturning(statement, key);
        List<Row> rows;
        Result result;
        if (returning != null) {
            rows = connection.execute(returning, parameters).all();
            result = new RowcountResult(rows.size());
        } else {
            rows = connection.execute(select(key).where(where(statement).toArray(ColumnElement<?>[]::new)), parameters)
                    .all();
            result = connection.execute(statement, parameters);
        }
        List<InstanceState> states = new ArrayList<>();
        for (Row row : rows) {
            List<Object> id = new ArrayList<>();
            for (int i = 0; i < key.length; i++) {
                id.add(row.get(i));
            }
            InstanceState state = sync.byIdentity(mapper, id);
            if (state != null) {
                states.add(state);
            }
        }
        apply(statement, new Matched(states, List.of()), values);
        return result;
    }

    /** The statement with {@code RETURNING key}, or {@code null} where the database cannot return from it. */
    private @Nullable DmlStatement withReturning(DmlStatement statement, Object[] key) {
        if (!connection.dialect().supportsReturning() || !statement.returningList().isEmpty()) {
            return null;
        }
        DmlStatement returning = statement instanceof Update update ? update.returning(key)
                : ((Delete) statement).returning(key);
        try {
            returning.compile(connection.dialect());
            return returning;
        } catch (CompileError e) {
            return null;
        }
    }

    /** The new value of an attribute, or {@link CriteriaEvaluator#UNKNOWN} (then it expires). */
    private static Object valueFor(CriteriaEvaluator.Evaluation value, InstanceState state) {
        try {
            return value == null ? CriteriaEvaluator.UNKNOWN : value.evaluate(state);
        } catch (UnevaluatableError e) {
            return CriteriaEvaluator.UNKNOWN;
        }
    }

    private void apply(DmlStatement statement, Matched matched,
            Map<ColumnProperty, CriteriaEvaluator.Evaluation> values) {
        if (statement instanceof Delete) {
            matched.states.forEach(sync::deleted);
            return;
        }
        List<String> attributes = values.keySet().stream().map(ColumnProperty::name).toList();
        List<Map<ColumnProperty, Object>> newValues = new ArrayList<>();
        for (InstanceState state : matched.states) {
            Map<ColumnProperty, Object> computed = new LinkedHashMap<>();
            values.forEach((property, value) -> computed.put(property, valueFor(value, state)));
            newValues.add(computed);
        }
        for (int i = 0; i < matched.states.size(); i++) {
            sync.updated(matched.states.get(i), newValues.get(i));
        }
        for (InstanceState state : matched.unknown) {
            sync.expire(state, attributes);
        }
    }
}
