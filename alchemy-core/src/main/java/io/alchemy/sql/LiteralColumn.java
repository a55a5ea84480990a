package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;

/**
 * A column expression given as SQL text, rendered exactly as written ({@code literalColumn("'some phrase'")}):
 * unlike a value, it is not a bound parameter, so it must never contain untrusted input.
 *
 * @param <T> the Java type of the values
 */
public final class LiteralColumn<T> extends ColumnElement<T> {
    private final String text;
    private final SqlType<T> type;

    LiteralColumn(String text, SqlType<T> type) {
        if (text == null || text.isEmpty()) {
            throw new ArgumentError("literalColumn() needs SQL text");
        }
        if (text.chars().anyMatch(c -> c < 3)) {
            throw new ArgumentError("literalColumn() text cannot contain the control characters U+0000 to U+0002");
        }
        this.text = text;
        this.type = type;
    }

    /** The SQL text. */
    public String text() {
        return text;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String bindNameBase() {
        return text;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitLiteralColumn(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(text, type);
    }
}
