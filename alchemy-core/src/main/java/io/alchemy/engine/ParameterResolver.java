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
        StatementValues values = statement instanceof Statement carrying
                && carrying.carriedParameters().size() == compiled.literalBindNames().size()
                ? new CarriedValues(compiled.literalBindNames(), carrying.carriedParameters())
                : new NamedValues(statement.boundValues(compiled));
        List<List<Object>> resolved = new ArrayList<>(parameterSets.size());
        for (int group = 0; group < parameterSets.size(); group++) {
            resolved.add(resolveOne(compiled.binds(), values, parameterSets.get(group), executemany ? group + 1 : 0));
        }
        return new Resolved(compiled, resolved);
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

    /** A statement's own values by parameter name; {@link #ABSENT} for a name it has no value for. */
    private interface StatementValues {
        Object get(String name);
    }

    private static final Object ABSENT = new Object();

    /** {@link Executable#boundValues(Compiled)}. */
    private record NamedValues(Map<String, Object> values) implements StatementValues {
        @Override
        public Object get(String name) {
            Object value = values.get(name);
            return value != null || values.containsKey(name) ? value : ABSENT;
        }
    }

    /**
     * The values a {@link Statement} carries ({@link Statement#carriedParameters()}) under the names its compiled form
     * gives them ({@link Compiled#literalBindNames()}, in the same order): the same values as
     * {@link Statement#boundValues(Compiled)}, the last of a repeated name winning as in that map.
     */
    private record CarriedValues(List<String> names, List<BindParameter<?>> carried) implements StatementValues {
        @Override
        public Object get(String name) {
            for (int i = names.size() - 1; i >= 0; i--) {
                if (name.equals(names.get(i))) {
                    return carried.get(i).value();
                }
            }
            return ABSENT;
        }
    }

    private static List<Object> resolveOne(List<BindSlot> slots, StatementValues statementValues,
            Map<String, ?> parameters, int group) {
        if (parameters == null) {
            throw new ArgumentError("Parameter set " + group + " is null; pass an empty map for no parameters");
        }
        List<Object> values = new ArrayList<>(slots.size());
        for (BindSlot slot : slots) {
            String name = slot.name();
            Object own;
            if (parameters.containsKey(name)) {
                values.add(parameters.get(name));
            } else if ((own = statementValues.get(name)) != ABSENT) {
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
