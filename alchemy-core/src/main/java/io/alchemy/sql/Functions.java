package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code func} namespace: SQL functions by name. Common ones have a method ({@code func.count()},
 * {@code func.max(col)}, {@code func.now()}, {@code func.rowNumber()}), any other is {@code func.call("name", args…)}
 * or, with a return type, {@code func.call("name", type, args…)}. Aggregates of a column return its type.
 */
public final class Functions {
    /** The shared instance, {@code Alchemy.func}. */
    public static final Functions INSTANCE = new Functions();

    private Functions() {
    }

    /** Any function: {@code name(args…)}, result type unknown (the driver decides). */
    public <T> SqlFunction<T> call(String name, Object... arguments) {
        return new SqlFunction<>(name, null, Arrays.asList(arguments));
    }

    /** Any function with a declared return type. */
    public <T> SqlFunction<T> call(String name, SqlType<T> returnType, Object... arguments) {
        return new SqlFunction<>(name, returnType, Arrays.asList(arguments));
    }

    /** {@code count(*)}. */
    public SqlFunction<Integer> count() {
        return new SqlFunction<>("count", FunctionTypes.integer(), List.of());
    }

    /** {@code count(expression)}. */
    public SqlFunction<Integer> count(Object expression) {
        return new SqlFunction<>("count", FunctionTypes.integer(), List.of(expression));
    }

    /** {@code max(expression)}, of the expression's type. */
    public <T> SqlFunction<T> max(ColumnElement<T> expression) {
        return new SqlFunction<>("max", expression.type(), List.of(expression));
    }

    /** {@code min(expression)}, of the expression's type. */
    public <T> SqlFunction<T> min(ColumnElement<T> expression) {
        return new SqlFunction<>("min", expression.type(), List.of(expression));
    }

    /** {@code sum(expression)}, of the expression's type. */
    public <T> SqlFunction<T> sum(ColumnElement<T> expression) {
        return new SqlFunction<>("sum", expression.type(), List.of(expression));
    }

    /** {@code avg(expression)}. */
    public <T> SqlFunction<T> avg(Object expression) {
        return new SqlFunction<>("avg", null, List.of(expression));
    }

    /** {@code lower(expression)}. */
    public SqlFunction<String> lower(Object expression) {
        return new SqlFunction<>("lower", FunctionTypes.string(), List.of(expression));
    }

    /** {@code upper(expression)}. */
    public SqlFunction<String> upper(Object expression) {
        return new SqlFunction<>("upper", FunctionTypes.string(), List.of(expression));
    }

    /** {@code length(expression)}. */
    public SqlFunction<Integer> length(Object expression) {
        return new SqlFunction<>("length", null, List.of(expression));
    }

    /** {@code abs(expression)}. */
    public <T> SqlFunction<T> abs(ColumnElement<T> expression) {
        return new SqlFunction<>("abs", expression.type(), List.of(expression));
    }

    /** {@code coalesce(a, b, …)}, of the first argument's type. */
    @SuppressWarnings("unchecked")
    public <T> SqlFunction<T> coalesce(Object... arguments) {
        SqlType<T> type = arguments.length > 0 && arguments[0] instanceof ColumnElement<?> first
                ? (SqlType<T>) first.type() : null;
        return new SqlFunction<>("coalesce", type, Arrays.asList(arguments));
    }

    /** {@code concat(a, b, …)}: string concatenation as a function. */
    public SqlFunction<String> concat(Object... arguments) {
        return new SqlFunction<>("concat", FunctionTypes.string(), Arrays.asList(arguments));
    }

    /** The current date and time: {@code now()}, or {@code CURRENT_TIMESTAMP} where there is no {@code now()}. */
    public <T> SqlFunction<T> now() {
        return new SqlFunction<>("now", FunctionTypes.dateTime(), List.of());
    }

    /** {@code CURRENT_TIMESTAMP}. */
    public <T> SqlFunction<T> currentTimestamp() {
        return new SqlFunction<>("current_timestamp", FunctionTypes.dateTime(), List.of());
    }

    /** {@code CURRENT_DATE}. */
    public <T> SqlFunction<T> currentDate() {
        return new SqlFunction<>("current_date", FunctionTypes.date(), List.of());
    }

    /** {@code row_number()}, a window function. */
    public SqlFunction<Integer> rowNumber() {
        return new SqlFunction<>("row_number", FunctionTypes.integer(), List.of());
    }

    /** {@code rank()}, a window function. */
    public SqlFunction<Integer> rank() {
        return new SqlFunction<>("rank", FunctionTypes.integer(), List.of());
    }

    /** {@code dense_rank()}, a window function. */
    public SqlFunction<Integer> denseRank() {
        return new SqlFunction<>("dense_rank", FunctionTypes.integer(), List.of());
    }

    /** {@code percentile_cont(fraction)}, an ordered-set aggregate: add {@code .withinGroup(…)}. */
    public <T> SqlFunction<T> percentileCont(Object fraction) {
        return new SqlFunction<>("percentile_cont", null, List.of(fraction));
    }

    /** {@code percentile_disc(fraction)}, an ordered-set aggregate: add {@code .withinGroup(…)}. */
    public <T> SqlFunction<T> percentileDisc(Object fraction) {
        return new SqlFunction<>("percentile_disc", null, List.of(fraction));
    }
}
