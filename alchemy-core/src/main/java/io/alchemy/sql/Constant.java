package io.alchemy.sql;

import io.alchemy.types.SqlType;

/**
 * The SQL keywords {@code NULL}, {@code TRUE} and {@code FALSE} ({@code true}/{@code false} render as {@code 1}/{@code 0}
 * on databases without a boolean type).
 *
 * @param <T> the Java type of the value
 */
public final class Constant<T> extends ColumnElement<T> {
    /** Which keyword. */
    public enum Kind { NULL, TRUE, FALSE }

    private static final Constant<Object> NULL = new Constant<>(Kind.NULL);
    private static final Constant<Boolean> TRUE = new Constant<>(Kind.TRUE);
    private static final Constant<Boolean> FALSE = new Constant<>(Kind.FALSE);

    private final Kind kind;

    private Constant(Kind kind) {
        this.kind = kind;
    }

    /** {@code NULL}. */
    public static Constant<Object> nullValue() {
        return NULL;
    }

    /** {@code TRUE}. */
    public static Constant<Boolean> trueValue() {
        return TRUE;
    }

    /** {@code FALSE}. */
    public static Constant<Boolean> falseValue() {
        return FALSE;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public SqlType<T> type() {
        return null;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitConstant(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(kind);
    }
}
