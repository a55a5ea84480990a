package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;

/**
 * A one-column SELECT used as a value, {@code (SELECT …)}. Embedded in a statement it correlates: FROM elements of
 * the enclosing statement are left out of its own FROM clause (control it with {@link #correlate} and
 * {@link #correlateExcept}). It adds nothing to the enclosing statement's FROM clause.
 *
 * @param <T> the Java type of the value
 */
public final class ScalarSubquery<T> extends ColumnElement<T> {
    private final SelectBase select;

    ScalarSubquery(SelectBase select) {
        this.select = select;
    }

    public SelectBase select() {
        return select;
    }

    /** The same subquery correlating exactly these FROM elements of the enclosing statement. */
    public ScalarSubquery<T> correlate(FromClause... froms) {
        return new ScalarSubquery<>(asSelect("correlate").correlate(froms));
    }

    /** The same subquery with more WHERE criteria (SQLAlchemy's {@code ScalarSelect.where}). */
    public ScalarSubquery<T> where(ColumnElement<?>... criteria) {
        return new ScalarSubquery<>(asSelect("where").where(criteria));
    }

    /** The same subquery correlating every enclosing FROM element but these. */
    public ScalarSubquery<T> correlateExcept(FromClause... froms) {
        return new ScalarSubquery<>(asSelect("correlateExcept").correlateExcept(froms));
    }

    private Select asSelect(String what) {
        if (select instanceof Select<?> s) {
            return s;
        }
        throw new ArgumentError(what + "() applies to a plain SELECT, not to a " + select.getClass().getSimpleName());
    }

    @Override
    @SuppressWarnings("unchecked")
    public SqlType<T> type() {
        var columns = select.selectColumns();
        return columns.isEmpty() ? null : (SqlType<T>) columns.get(0).element().type();
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitScalarSubquery(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(select);
    }
}
