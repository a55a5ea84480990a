package io.alchemy.sql.compiler;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BindSlot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bound parameters of one compilation. While compiling, each parameter renders as a private marker; when the
 * text is complete, {@link #finish} replaces the markers in text order by the dialect's placeholders, so the slots
 * follow the placeholders whatever order the parts were rendered in (a WITH clause rendered last but placed
 * first, INSERT columns in table order).
 */
final class BindMarkers {
    private static final char MARK = '\0';

    /** One registered parameter: its compiled name and, for an expanding one, the SQL replacing an empty list. */
    private record Entry(BindParameter<?> parameter, String name, String emptyExpansion) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<BindParameter<?>, List<Integer>> indexes = new IdentityHashMap<>();
    private final Map<String, BindParameter<?>> byName = new HashMap<>();

    /**
     * The marker for a parameter, registered once however often it is rendered (but apart for each empty-list
     * meaning, when one expanding parameter serves both an IN and a NOT IN).
     */
    String marker(BindParameter<?> parameter, String name, String emptyExpansion) {
        List<Integer> registered = indexes.computeIfAbsent(parameter, k -> new ArrayList<>());
        for (int index : registered) {
            if (Objects.equals(entries.get(index).emptyExpansion(), emptyExpansion)) {
                return MARK + Integer.toString(index) + MARK;
            }
        }
        if (registered.isEmpty()) {
            checkConflict(parameter, name);
        }
        int index = entries.size();
        entries.add(new Entry(parameter, name, emptyExpansion));
        registered.add(index);
        return MARK + Integer.toString(index) + MARK;
    }

    private void checkConflict(BindParameter<?> parameter, String name) {
        BindParameter<?> other = byName.putIfAbsent(name, parameter);
        if (other != null && other.hasValue() && parameter.hasValue()
                && !Objects.equals(other.value(), parameter.value())) {
            throw new CompileError("Bind parameter '" + name + "' is used twice with different values ("
                    + other.value() + " and " + parameter.value() + "); give one of them another name");
        }
    }

    /** The compiled name of a registered parameter. */
    String nameOf(BindParameter<?> parameter) {
        List<Integer> registered = indexes.get(parameter);
        return registered == null ? null : entries.get(registered.get(0)).name();
    }

    /** The finished SQL, its slots in placeholder order and the empty-list SQL of each expanding slot. */
    record Result(String sql, List<BindSlot> slots, Map<Integer, String> expanding) {
    }

    /** Replaces the markers: {@code ?} or {@code :name}, {@code __[POSTCOMPILE_name]} for expanding parameters. */
    Result finish(String text, boolean named, LiteralRenderer literals) {
        StringBuilder sql = new StringBuilder(text.length());
        List<BindSlot> slots = new ArrayList<>();
        Map<Integer, String> expanding = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != MARK) {
                sql.append(c);
                i++;
                continue;
            }
            int end = text.indexOf(MARK, i + 1);
            Entry entry = entries.get(Integer.parseInt(text.substring(i + 1, end)));
            i = end + 1;
            BindParameter<?> p = entry.parameter();
            if (literals != null) {
                sql.append(literalOf(entry, literals));
            } else if (p.isExpanding()) {
                sql.append("__[POSTCOMPILE_").append(entry.name()).append(']');
                expanding.put(slots.size(), entry.emptyExpansion());
                slots.add(slot(entry));
            } else {
                sql.append(named ? ":" + escapedName(entry.name()) : "?");
                slots.add(slot(entry));
            }
        }
        return new Result(sql.toString(), slots, expanding);
    }

    /**
     * A parameter name as a {@code :name} placeholder shows it: SQLAlchemy's escapes of the characters that cannot
     * stand in one ({@code % ( ) : [ ]} and space become {@code P A Z C _ _ _}), so {@code bindparam("has spaces")}
     * prints {@code :has_spaces}.
     */
    static String escapedName(String name) {
        StringBuilder escaped = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            int i = "%():[] ".indexOf(c);
            escaped.append(i < 0 ? c : "PAZC___".charAt(i));
        }
        return escaped.toString();
    }

    private static BindSlot slot(Entry entry) {
        BindParameter<?> p = entry.parameter();
        return p.hasValue() ? BindSlot.withValue(entry.name(), p.type(), p.value()) : BindSlot.required(entry.name(), p.type());
    }

    private static String literalOf(Entry entry, LiteralRenderer literals) {
        BindParameter<?> p = entry.parameter();
        if (!p.hasValue()) {
            throw new CompileError("No literal value for bind parameter '" + entry.name() + "': it takes its value "
                    + "at execution");
        }
        if (!p.isExpanding()) {
            return literals.render(p.value());
        }
        List<?> values = p.value() instanceof Object[] array ? Arrays.asList(array) : new ArrayList<>((java.util.Collection<?>) p.value());
        if (values.isEmpty()) {
            return entry.emptyExpansion();
        }
        List<String> rendered = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof List<?> row) { // a row of a tuple IN
                rendered.add("(" + String.join(", ", row.stream().map(literals::render).toList()) + ")");
            } else {
                rendered.add(literals.render(value));
            }
        }
        return String.join(", ", rendered);
    }

    /** For each parameter the statement carries, in order, the name it was compiled to ({@code null}: not rendered). */
    List<String> namesOf(List<BindParameter<?>> carried) {
        List<String> names = new ArrayList<>(carried.size());
        for (BindParameter<?> parameter : carried) {
            names.add(nameOf(parameter));
        }
        return names;
    }
}
