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
    public static List<SelectColumn> listOf(List<? extends ColumnElement<?>> elements) {
        List<SelectColumn> result = new ArrayList<>();
        Map<String, ColumnElement<?>> used = new HashMap<>();
        for (ColumnElement<?> element : elements) {
            SelectColumn column;
            if (element instanceof LiteralColumn<?> literal) {
                column = new SelectColumn(element, null, null, literal.text(), true);
            } else if (element instanceof TextElement text) {
                column = new SelectColumn(element, null, null, text.text(), true);
            } else {
                String natural = element.naturalName();
                ColumnElement<?> previous = natural == null ? null : used.get(natural);
                if (natural != null && (previous == null || previous == element)) {
                    used.put(natural, element);
                    column = new SelectColumn(element, natural, null, natural, false);
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
