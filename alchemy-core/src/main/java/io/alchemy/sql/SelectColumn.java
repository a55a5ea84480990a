package io.alchemy.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a SELECT's columns clause with the name it has in the result: a fixed name (a column's name, a
 * label), or none, in which case the compiler gives it an anonymous label from {@link #anonymousBase()}
 * ({@code count_1}, {@code anon_1}, {@code name_1} for a second column named {@code name}). Computed once per
 * statement and shared by the compiler (which renders the labels) and subqueries (whose columns take these names).
 *
 * @param element the expression
 * @param name the fixed result name, or {@code null} for an anonymous label
 * @param anonymousBase the base of the anonymous label when {@code name} is {@code null}
 * @param key the key under which a subquery exports this column ({@code subq.c(key)})
 * @param neverLabelled whether the expression renders without {@code AS} even in a subquery (literal SQL text)
 */
public record SelectColumn(ColumnElement<?> element, @Nullable String name, String anonymousBase, String key,
        boolean neverLabelled) {

    /** Whether the result name is decided at compile time. */
    public boolean isAnonymous() {
        return name == null && !neverLabelled;
    }

    /**
     * Names the entries of a columns clause: natural names first come, first served; repeats and unnamed
     * expressions get anonymous labels.
     */
    /**
     * Names the entries as {@link LabelStyle#TABLENAME_PLUS_COL} does: a column of a table or of a named alias or
     * subquery is {@code <table>_<column>}; another column with that label gets {@code _1}, {@code _2}; the same
     * column repeated {@code __1}, {@code __2} (counted per label). Other entries are named as {@link #listOf} names
     * them.
     */
    public static List<SelectColumn> listWithTableNames(List<? extends ColumnElement<?>> elements) {
        List<SelectColumn> others = listOf(elements);
        List<SelectColumn> result = new ArrayList<>();
        Map<String, Integer> repeats = new HashMap<>();
        Map<ColumnElement<?>, String> first = new java.util.IdentityHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            ColumnElement<?> element = elements.get(i);
            String label = tableQualifiedLabel(element);
            if (label == null) {
                result.add(others.get(i));
                continue;
            }
            String name;
            if (first.containsKey(element)) {
                name = label + "__" + repeats.merge(label, 1, Integer::sum);
            } else {
                name = label;
                for (int n = 1; used.contains(name); n++) {
                    name = label + "_" + n;
                }
                first.put(element, name);
            }
            used.add(name);
            result.add(new SelectColumn(element, name, null, name, false));
        }
        return result;
    }

    private static @Nullable String tableQualifiedLabel(ColumnElement<?> element) {
        if (element instanceof ColumnClause<?> column && column.table() != null) {
            TableClause table = column.table();
            String prefix = table.schema() == null ? "" : table.schema().replace('.', '_') + "_";
            return prefix + table.name() + "_" + column.name();
        }
        if (element instanceof DerivedColumn<?> derived && derived.parent().name() != null
                && derived.name() != null) {
            return derived.parent().name() + "_" + derived.name();
        }
        return null;
    }

    /**
     * Whether {@code element} repeats {@code previous}, the entry that took its name: the same table column again
     * ({@code mytable.myid AS myid__1}), or a type conversion of it ({@code CAST(t.v1 AS NUMERIC) AS v1__1}).
     */
    /** Whether both are columns without a table of one name, which SQLAlchemy renders unlabelled ({@code SELECT a, a}). */
    private static boolean isTablelessTwin(ColumnElement<?> element, ColumnElement<?> previous) {
        return element instanceof ColumnClause<?> column && column.table() == null
                && previous instanceof ColumnClause<?> other && other.table() == null;
    }

    private static boolean isRepeatOf(ColumnElement<?> element, ColumnElement<?> previous) {
        if (element == previous) {
            return element instanceof ColumnClause<?> column && column.table() != null;
        }
        return element instanceof TypeConversion<?> conversion && conversion.element() == previous;
    }

    public static List<SelectColumn> listOf(List<? extends ColumnElement<?>> elements) {
        List<SelectColumn> result = new ArrayList<>();
        Map<String, ColumnElement<?>> used = new HashMap<>();
        Map<String, Integer> repeats = new HashMap<>();
        java.util.Set<ColumnElement<?>> anonymous = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ColumnElement<?> element : elements) {
            SelectColumn column;
            if (element instanceof LiteralColumn<?> literal) {
                column = new SelectColumn(element, null, null, literal.text(), true);
            } else if (element instanceof TextElement text) {
                column = new SelectColumn(element, null, null, text.text(), true);
            } else {
                String natural = element.naturalName();
                ColumnElement<?> previous = natural == null ? null : used.get(natural);
                if (previous != null && isRepeatOf(element, previous)) {
                    // SQLAlchemy's dedupe label: a table column repeated, or a CAST of the column of that name
                    String name = natural + "__" + repeats.merge(natural, 1, Integer::sum);
                    column = new SelectColumn(element, name, null, name, false);
                } else if (natural != null && (previous == null || previous == element
                        || isTablelessTwin(element, previous))) {
                    used.put(natural, element);
                    column = new SelectColumn(element, natural, null, natural, false);
                } else if (natural == null && !anonymous.add(element)) {
                    // the same anonymous element again (select(null(), null())): SQLAlchemy's dedupe label anon__1,
                    // so that the two result columns keep distinct names
                    String base = element.anonymousLabelBase();
                    String name = base + "__" + repeats.merge("\u0000" + base, 1, Integer::sum);
                    column = new SelectColumn(element, name, null, name, false);
                } else {
                    String base = natural != null ? natural : element.anonymousLabelBase();
                    column = new SelectColumn(element, null, base, base, false);
                }
            }
            result.add(column);
        }
        return result;
    }
}
