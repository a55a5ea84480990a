package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;

/** {@code EXISTS (SELECT …)}, correlated like a scalar subquery; {@code not(exists)} renders {@code NOT (EXISTS (…))}. */
public final class Exists extends ColumnElement<Boolean> {
    private final SelectBase select;

    Exists(SelectBase select) {
        this.select = select;
    }

    /**
     * {@code EXISTS (SELECT columns…)}, SQLAlchemy's {@code exists(*columns)}: no columns select {@code *}; a scalar
     * subquery stands for its SELECT. Build on it with {@link #where}, {@link #selectFrom} and {@link #correlate}.
     */
    public static Exists of(ColumnElement<?>... columns) {
        if (columns.length == 1 && columns[0] instanceof ScalarSubquery<?> scalar) {
            return new Exists(scalar.select());
        }
        return new Exists(columns.length == 0 ? Select.of(new LiteralColumn<>("*", Types.NULLTYPE))
                : Select.of((Object[]) columns));
    }

    /** The SELECT inside. */
    public SelectBase select() {
        return select;
    }

    /** Adds WHERE criteria to the SELECT inside: {@code exists().where(a.eq(b))}. */
    public Exists where(ColumnElement<?>... criteria) {
        return new Exists(inner("where").where(criteria));
    }

    /** Sets explicit FROM elements of the SELECT inside. */
    public Exists selectFrom(FromClause... froms) {
        return new Exists(inner("selectFrom").selectFrom(froms));
    }

    /** Correlates exactly these FROM elements of the enclosing statement (none: correlates nothing). */
    public Exists correlate(FromClause... froms) {
        return new Exists(inner("correlate").correlate(froms));
    }

    /** Correlates every enclosing FROM element except these. */
    public Exists correlateExcept(FromClause... froms) {
        return new Exists(inner("correlateExcept").correlateExcept(froms));
    }

    private Select<?> inner(String method) {
        if (select instanceof Select<?> plain) {
            return plain;
        }
        throw new io.alchemy.exc.InvalidRequestError("Exists." + method + "() needs a plain SELECT inside, not a "
                + select.getClass().getSimpleName());
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
