package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;

/** Coerces the arguments of ORDER BY and GROUP BY: expressions as they are, strings as label references. */
final class OrderByList {
    private OrderByList() {
    }

    /** Whether the arguments are SQLAlchemy's {@code order_by(None)}: a single {@code null}, clearing the list. */
    static boolean isReset(Object... items) {
        return items == null || items.length == 1 && items[0] == null;
    }

    static List<ColumnElement<?>> of(Object... items) {
        List<ColumnElement<?>> result = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ColumnElement<?> element) {
                result.add(element);
            } else if (item instanceof TextClause text) {
                result.add(new TextElement(text));
            } else if (item instanceof String name) {
                result.add(new LabelReference(name));
            } else {
                throw new ArgumentError("ORDER BY / GROUP BY takes column expressions or label names; got "
                        + (item == null ? "null" : item.getClass().getName()));
            }
        }
        return List.copyOf(result);
    }
}
