package io.alchemy.engine;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.BoundStatement;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
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
        Map<String, Object> statementValues = statement.boundValues(compiled);
        if (!compiled.expandingBinds().isEmpty()) {
            return expand(compiled, statementValues, parameterSets, maxParameters);
        }
        List<List<Object>> resolved = new ArrayList<>(parameterSets.size());
        for (int group = 0; group < parameterSets.size(); group++) {
            resolved.add(resolveOne(compiled.binds(), statementValues, parameterSets.get(group), executemany ? group + 1 : 0));
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

    private static List<Object> resolveOne(List<BindSlot> slots, Map<String, Object> statementValues,
            Map<String, ?> parameters, int group) {
        if (parameters == null) {
            throw new ArgumentError("Parameter set " + group + " is null; pass an empty map for no parameters");
        }
        List<Object> values = new ArrayList<>(slots.size());
        for (BindSlot slot : slots) {
            String name = slot.name();
            if (parameters.containsKey(name)) {
                values.add(parameters.get(name));
            } else if (statementValues.containsKey(name)) {
                values.add(statementValues.get(name));
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
