package io.alchemy.sql;

import io.alchemy.types.SqlType;

/**
 * The value an upsert proposed for a column: {@code excluded.col} on PostgreSQL and SQLite, {@code VALUES(col)} on
 * MySQL and MariaDB. Made by {@link Insert#excluded(String)}.
 *
 * @param <T> the Java type of the column's values
 */
public final class Excluded<T> extends ColumnElement<T> {
    private final ColumnClause<T> column;

    Excluded(ColumnClause<T> column) {
        this.column = column;
    }

    /** The column whose proposed value this is. */
    public ColumnClause<T> column() {
        return column;
    }

    @Override
    public SqlType<T> type() {
        return column.type();
    }

    @Override
    public String bindNameBase() {
        return column.key();
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitExcluded(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(column);
    }
}
