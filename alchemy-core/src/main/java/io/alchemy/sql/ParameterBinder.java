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

    static BoundStatement bind(Compiled compiled, Map<String, ?> statementValues, Map<String, ?> parameters,
            int maxParameters) {
        Map<String, ?> given = parameters == null ? Map.of() : parameters;
        Map<String, ?> literals = statementValues == null ? Map.of() : statementValues;
        List<BindSlot> resolved = new ArrayList<>(compiled.binds().size());
        String sql = compiled.sql();
        int searchFrom = 0;
        boolean asArrays = maxParameters > 0 && expandedCount(compiled, given, literals) > maxParameters;
        for (int index = 0; index < compiled.binds().size(); index++) {
            BindSlot slot = compiled.binds().get(index);
            Object value = valueOf(slot, given, literals);
            String emptyReplacement = compiled.expandingBinds().get(index);
            if (emptyReplacement == null) {
                resolved.add(BindSlot.withValue(slot.name(), slot.type(), value));
            } else {
                List<?> elements = elementsOf(slot.name(), value);
                String placeholder = "__[POSTCOMPILE_" + slot.name() + "]";
                if (asArrays && !emptyReplacement.startsWith("(") && !elements.isEmpty()) {
                    int at = sql.indexOf(placeholder, searchFrom);
                    String before = sql.substring(0, at);
                    boolean not = before.endsWith(" NOT IN (");
                    if (before.endsWith(" IN (") && sql.startsWith(")", at + placeholder.length())) {
                        String head = before.substring(0, before.length() - (not ? " NOT IN (" : " IN (").length());
                        String replacement = not ? " <> ALL (?)" : " = ANY (?)";
                        sql = head + replacement + sql.substring(at + placeholder.length() + 1);
                        searchFrom = head.length() + replacement.length();
                        resolved.add(BindSlot.withValue(slot.name(), null, typedArray(elements)));
                        continue;
                    }
                }
                List<String> items = new ArrayList<>();
                boolean rows = emptyReplacement.startsWith("(");
                for (int i = 0; i < elements.size(); i++) {
                    items.add(expand(slot, i + 1, elements.get(i), rows, resolved));
                }
                String replacement = elements.isEmpty() ? emptyReplacement : String.join(", ", items);
                int at = sql.indexOf(placeholder, searchFrom);
                sql = sql.substring(0, at) + replacement + sql.substring(at + placeholder.length());
                searchFrom = at + replacement.length();
            }
        }
        return new BoundStatement(sql, resolved);
    }

    /** How many parameters the statement has once its expanding lists are spelled out. */
    private static long expandedCount(Compiled compiled, Map<String, ?> given, Map<String, ?> literals) {
        long count = 0;
        for (int index = 0; index < compiled.binds().size(); index++) {
            String emptyReplacement = compiled.expandingBinds().get(index);
            if (emptyReplacement == null) {
                count++;
            } else {
                Object value = valueOf(compiled.binds().get(index), given, literals);
                count += value instanceof Collection<?> c ? c.size() : value instanceof Object[] a ? a.length : 1;
            }
        }
        return count;
    }

    /** The elements as an array of their common class ({@code Integer[]}, {@code String[]}), as drivers bind arrays. */
    private static Object[] typedArray(List<?> elements) {
        Class<?> common = null;
        for (Object element : elements) {
            if (element != null) {
                common = common == null || common == element.getClass() ? element.getClass() : Object.class;
            }
        }
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(common == null ? Object.class : common,
                elements.size());
        return elements.toArray(array);
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

    /** One element of an expanding list: {@code ?}, or {@code (?, ?)} for a row of a tuple IN. */
    private static String expand(BindSlot slot, int position, Object element, boolean rows, List<BindSlot> resolved) {
        String name = slot.name() + "_" + position;
        if (rows) {
            List<?> row = elementsOf(name, element);
            for (int j = 0; j < row.size(); j++) {
                resolved.add(BindSlot.withValue(name + "_" + (j + 1), null, row.get(j)));
            }
            return "(" + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")";
        }
        resolved.add(BindSlot.withValue(name, slot.type(), element));
        return "?";
    }
}
