package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/** Factories behind the {@code Alchemy} façade for elements whose constructors stay package-private. */
public final class SqlElements {
    private SqlElements() {
    }

    public static <T> LiteralColumn<T> literalColumn(String sql, SqlType<T> type) {
        return new LiteralColumn<>(sql, type);
    }

    public static <T> Cast<T> cast(Object expression, SqlType<T> type) {
        return new Cast<>(Coercions.typed(expression, type), type);
    }

    public static <T> TypeCoerce<T> typeCoerce(Object expression, SqlType<T> type) {
        return new TypeCoerce<>(Coercions.typed(expression, type), type);
    }

    /** An ORDER BY operand: an expression, or a string naming a label or column. */
    public static ColumnElement<?> orderable(Object expression) {
        return OrderByList.of(expression).get(0);
    }

    public static <T> Case<T> caseWhen(ColumnElement<?> condition, Object result) {
        return Case.searched(condition, result);
    }

    public static <T> Case<T> caseOf(ColumnElement<?> value) {
        return Case.simple(value);
    }

    public static Tuple tuple(Object... elements) {
        List<ColumnElement<?>> coerced = new ArrayList<>();
        for (Object element : elements) {
            coerced.add(Coercions.argument(element, "param"));
        }
        return new Tuple(coerced);
    }

    public static Values values(String name, ColumnClause<?>... columns) {
        return new Values(name, List.of(columns), List.of());
    }

    /** A {@code text()} fragment as a column expression: its SQL written as it is. */
    public static ColumnElement<?> textFragment(TextClause text) {
        return new TextElement(text);
    }
}
