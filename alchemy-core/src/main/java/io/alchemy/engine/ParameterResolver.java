package io.alchemy.engine;

import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.Compiled;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns named execution parameters into the positional values of a compiled statement's {@code ?}s, slot by slot:
 * the execution parameter of the slot's name, else the statement's own value for it. A slot with neither is an
 * {@link ArgumentError} naming it, raised before anything reaches the database.
 */
final class ParameterResolver {
    private ParameterResolver() {
    }

    static List<List<Object>> resolve(Compiled compiled, Map<String, Object> statementValues,
            List<? extends Map<String, ?>> parameterSets, boolean executemany) {
        List<List<Object>> resolved = new ArrayList<>(parameterSets.size());
        for (int group = 0; group < parameterSets.size(); group++) {
            resolved.add(resolveOne(compiled.binds(), statementValues, parameterSets.get(group), executemany ? group + 1 : 0));
        }
        return resolved;
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
                values.add(slot.value());
            } else {
                throw new ArgumentError("A value is required for bind parameter '" + name + "'"
                        + (group > 0 ? ", in parameter group " + group : "") + "; the parameters given were "
                        + parameters.keySet());
            }
        }
        return values;
    }
}
