package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * A window function call: {@code function OVER (window)}.
 *
 * @param <T> the Java type of the result
 */
public final class Over<T> extends ColumnElement<T> {
    private final ColumnElement<T> function;
    private final WindowSpec window;

    Over(ColumnElement<T> function, WindowSpec window) {
        this.function = function;
        this.window = window;
    }

    /** The function (possibly with a FILTER). */
    public ColumnElement<T> function() {
        return function;
    }

    public WindowSpec window() {
        return window;
    }

    @Override
    public SqlType<T> type() {
        return function.type();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        function.collectFroms(sink);
        window.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitOver(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(function);
        window.addCacheKey(key);
    }
}
