package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * An aggregate over the rows matching a criterion: {@code function FILTER (WHERE criteria)}.
 *
 * @param <T> the Java type of the result
 */
public final class FunctionFilter<T> extends ColumnElement<T> {
    private final SqlFunction<T> function;
    private final ColumnElement<Boolean> criteria;

    FunctionFilter(SqlFunction<T> function, ColumnElement<Boolean> criteria) {
        this.function = function;
        this.criteria = criteria;
    }

    public SqlFunction<T> function() {
        return function;
    }

    public ColumnElement<Boolean> criteria() {
        return criteria;
    }

    /** The filtered aggregate as a window function. */
    public Over<T> over(WindowSpec window) {
        return new Over<>(this, window);
    }

    @Override
    public SqlType<T> type() {
        return function.type();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        function.collectFroms(sink);
        criteria.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitFunctionFilter(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(function).add(criteria);
    }
}
