package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Resolves the values of a compiled statement's slots for one execution and spells out expanding parameters. */
final class ParameterBinder {
    private ParameterBinder() {
    }

    static BoundStatement bind(Compiled compiled, Map<String, ?> statementValues, Map<String, ?> parameters) {
        Map<String, ?> given = parameters == null ? Map.of() : parameters;
        Map<String, ?> literals = statementValues == null ? Map.of() : statementValues;
        List<BindSlot> resolved = new ArrayList<>(compiled.binds().size());
        String sql = compiled.sql();
        int searchFrom = 0;
        for (int index = 0; index < compiled.binds().size(); index++) {
            BindSlot slot = compiled.binds().get(index);
            Object value = valueOf(slot, given, literals);
            String emptyReplacement = compiled.expandingBinds().get(index);
            if (emptyReplacement == null) {
                resolved.add(BindSlot.withValue(slot.name(), slot.type(), value));
            } else {
                List<?> elements = elementsOf(slot.name(), value);
                String placeholder = "__[POSTCOMPILE_" + slot.name() + "]";
                String replacement = elements.isEmpty() ? emptyReplacement : placeholders(elements.size());
                int at = sql.indexOf(placeholder, searchFrom);
                sql = sql.substring(0, at) + replacement + sql.substring(at + placeholder.length());
                searchFrom = at + replacement.length();
                for (int i = 0; i < elements.size(); i++) {
                    resolved.add(BindSlot.withValue(slot.name() + "_" + (i + 1), slot.type(), elements.get(i)));
                }
            }
        }
        return new BoundStatement(sql, resolved);
    }

    private static Object valueOf(BindSlot slot, Map<String, ?> given, Map<String, ?> literals) {
        if (given.containsKey(slot.name())) {
            return given.get(slot.name());
        }
        if (literals.containsKey(slot.name())) {
            return literals.get(slot.name());
        }
        if (slot.hasValue()) {
            return slot.resolvedValue();
        }
        throw new ArgumentError("A value is required for bind parameter '" + slot.name() + "'; the parameters given "
                + "were " + given.keySet());
    }

    private static List<?> elementsOf(String name, Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new ArgumentError("The expanding parameter '" + name + "' needs a collection of values, not "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
