package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.List;
import java.util.function.Consumer;

/** {@code (a, b, …)}: a row value, compared as a whole, or the explicit list of an {@code IN (a, b)}. */
public final class Tuple extends ColumnElement<Object> {
    private final List<ColumnElement<?>> elements;

    Tuple(List<? extends ColumnElement<?>> elements) {
        if (elements.isEmpty()) {
            throw new ArgumentError("A tuple needs at least one element");
        }
        this.elements = List.copyOf(elements);
    }

    public List<ColumnElement<?>> elements() {
        return elements;
    }

    @Override
    public SqlType<Object> type() {
        return null;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        elements.forEach(e -> e.collectFroms(sink));
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitTuple(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.addAll(elements);
    }
}
