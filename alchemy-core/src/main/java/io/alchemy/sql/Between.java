package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.function.Consumer;

/** {@code x BETWEEN low AND high}, or {@code x NOT BETWEEN low AND high}. */
public final class Between extends ColumnElement<Boolean> {
    private final ColumnElement<?> element;
    private final ColumnElement<?> low;
    private final ColumnElement<?> high;
    private final boolean negated;

    Between(ColumnElement<?> element, ColumnElement<?> low, ColumnElement<?> high, boolean negated) {
        this.element = element;
        this.low = low;
        this.high = high;
        this.negated = negated;
    }

    public ColumnElement<?> element() {
        return element;
    }

    public ColumnElement<?> low() {
        return low;
    }

    public ColumnElement<?> high() {
        return high;
    }

    /** Whether this is {@code NOT BETWEEN}. */
    public boolean isNegated() {
        return negated;
    }

    Between negated() {
        return new Between(element, low, high, !negated);
    }

    /** The operator, for precedence. */
    public Operator operator() {
        return negated ? Operator.NOT_BETWEEN : Operator.BETWEEN;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
        low.collectFroms(sink);
        high.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitBetween(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(negated).add(element).add(low).add(high);
    }
}
