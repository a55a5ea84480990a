package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.List;
import java.util.function.Consumer;

/**
 * An ordered-set aggregate: {@code function WITHIN GROUP (ORDER BY …)}, as in {@code percentile_disc(0.5)}.
 *
 * @param <T> the Java type of the result
 */
public final class WithinGroup<T> extends ColumnElement<T> {
    private final SqlFunction<T> function;
    private final List<ColumnElement<?>> orderBy;

    WithinGroup(SqlFunction<T> function, List<ColumnElement<?>> orderBy) {
        this.function = function;
        this.orderBy = List.copyOf(orderBy);
    }

    public SqlFunction<T> function() {
        return function;
    }

    public List<ColumnElement<?>> orderBy() {
        return orderBy;
    }

    /** The aggregate as a window function. */
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
        orderBy.forEach(e -> e.collectFroms(sink));
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitWithinGroup(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(function).addAll(orderBy);
    }
}
