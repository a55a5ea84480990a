package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;

/** {@code EXISTS (SELECT …)}, correlated like a scalar subquery; {@code not(exists)} renders {@code NOT (EXISTS (…))}. */
public final class Exists extends ColumnElement<Boolean> {
    private final SelectBase select;

    Exists(SelectBase select) {
        this.select = select;
    }

    public SelectBase select() {
        return select;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitExists(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(select);
    }
}
