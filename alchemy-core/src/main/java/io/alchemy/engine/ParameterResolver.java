package io.alchemy.engine;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.BoundStatement;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns named execution parameters into the positional values of a compiled statement's {@code ?}s, slot by slot:
 * the execution parameter of the slot's name, else the statement's own value for it
 * ({@link Executable#boundValues(Compiled)}: the compiled form may come from another statement of the same shape).
 * A slot with neither is an {@link ArgumentError} naming it, raised before anything reaches the database. A
 * statement with expanding parameters ({@code IN} lists) is spelled out for its parameters first.
 */
final class ParameterResolver {
    private ParameterResolver() {
    }

    /** The compiled form to run (expanded when needed) and one value list per parameter set. */
    record Resolved(Compiled compiled, List<List<Object>> parameters) {
    }

    static Resolved resolve(Executable statement, Compiled compiled, List<? extends Map<String, ?>> parameterSets,
            boolean executemany) {
        return resolve(statement, compiled, parameterSets, executemany, 0);
    }

    /** {@link #resolve}, for a database taking at most {@code maxParameters} parameters per statement (0: any). */
    static Resolved resolve(Executable statement, Compiled compiled, List<? extends Map<String, ?>> parameterSets,
            boolean executemany, int maxParameters) {
        if (!compiled.expandingBinds().isEmpty()) {
            return expand(compiled, statement.boundValues(compiled), parameterSets, maxParameters);
        }
        // a statement of the expression language: its carried values are read by position, without a map of them
        @Nullable List<String> names = null;
        @Nullable List<BindParameter<?>> carried = null;
        @Nullable Map<String, Object> named = null;
        if (statement instanceof Statement carrying
                && carrying.carriedParameters().size() == compiled.literalBindNames().size()) {
            names = compiled.literalBindNames();
            carried = carrying.carriedParameters();
        } else {
            named = statement.boundValues(compiled);
        }
        if (parameterSets.size() == 1) {
            return new Resolved(compiled, List.of(resolveOne(compiled.binds(), names, carried, named,
                    parameterSets.get(0), executemany ? 1 : 0)));
        }
        List<List<Object>> resolved = new ArrayList<>(parameterSets.size());
        for (int group = 0; group < parameterSets.size(); group++) {
            resolved.add(resolveOne(compiled.binds(), names, carried, named, parameterSets.get(group),
                    executemany ? group + 1 : 0));
        }
        return new Resolved(compiled, resolved);
    }

    /**
     * The positional values of one execution of {@code compiled} (a compiled form without expanding parameters) with
     * {@code parameters}: {@link #resolve} for a single parameter set, without the lists around it.
     */
    static List<Object> resolveSingle(Executable statement, Compiled compiled, Map<String, ?> parameters) {
        if (statement instanceof Statement carrying
                && carrying.carriedParameters().size() == compiled.literalBindNames().size()) {
            return resolveOne(compiled.binds(), compiled.literalBindNames(), carrying.carriedParameters(), null,
                    parameters, 0);
        }
        return resolveOne(compiled.binds(), null, null, statement.boundValues(compiled), parameters, 0);
    }

    /** Spells out expanding parameters; every parameter set of an executemany must expand to the same SQL. */
    private static Resolved expand(Compiled compiled, Map<String, Object> statementValues,
            List<? extends Map<String, ?>> parameterSets, int maxParameters) {
        List<List<Object>> values = new ArrayList<>(parameterSets.size());
        BoundStatement first = null;
        for (Map<String, ?> parameters : parameterSets) {
            BoundStatement bound = compiled.bind(statementValues, requireNonNull(parameters, values.size()),
                    maxParameters);
            if (first == null) {
                first = bound;
            } else if (!first.sql().equals(bound.sql())) {
                throw new InvalidRequestError("An executemany with expanding IN parameters needs lists of the same "
                        + "length in every parameter set; parameter set " + (values.size() + 1) + " differs");
            }
            values.add(bound.values());
        }
        Compiled expanded = new Compiled(first.sql(), first.parameters(), compiled.resultColumns(),
                compiled.generatedKeys(), compiled.kind());
        return new Resolved(expanded, values);
    }

    private static Map<String, ?> requireNonNull(Map<String, ?> parameters, int group) {
        if (parameters == null) {
            throw new ArgumentError("Parameter set " + group + " is null; pass an empty map for no parameters");
        }
        return parameters;
    }

    private static final Object ABSENT = new Object();

    /**
     * The statement's own value for {@code name}, or {@link #ABSENT}: from the values a {@link Statement} carries
     * ({@code carried}) under the names its compiled form gives them ({@code names}, same order; the last of a
     * repeated name wins, as in {@link Statement#boundValues(Compiled)}), else from {@code named}.
     */
    private static @Nullable Object statementValue(String name, @Nullable List<String> names,
            @Nullable List<BindParameter<?>> carried, @Nullable Map<String, Object> named) {
        if (names != null) {
            for (int i = names.size() - 1; i >= 0; i--) {
                if (name.equals(names.get(i))) {
                    return java.util.Objects.requireNonNull(carried).get(i).value();
                }
            }
            return ABSENT;
        }
        Map<String, Object> values = java.util.Objects.requireNonNull(named);
        Object value = values.get(name);
        return value != null || values.containsKey(name) ? value : ABSENT;
    }

    private static List<Object> resolveOne(List<BindSlot> slots, @Nullable List<String> names,
            @Nullable List<BindParameter<?>> carried, @Nullable Map<String, Object> named, Map<String, ?> parameters,
            int group) {
        if (parameters == null) {
            throw new ArgumentError("Parameter set " + group + " is null; pass an empty map for no parameters");
        }
        List<Object> values = new ArrayList<>(slots.size());
        for (int i = 0, n = slots.size(); i < n; i++) {
            BindSlot slot = slots.get(i);
            String name = slot.name();
            Object own;
            if (parameters.containsKey(name)) {
                values.add(parameters.get(name));
            } else if ((own = statementValue(name, names, carried, named)) != ABSENT) {
                values.add(own);
            } else if (slot.hasValue()) {
                values.add(slot.resolvedValue());
            } else {
                throw new ArgumentError("A value is required for bind parameter '" + name + "'"
                        + (group > 0 ? ", in parameter group " + group : "") + "; the parameters given were "
                        + parameters.keySet());
            }
        }
        return values;
    }
}
