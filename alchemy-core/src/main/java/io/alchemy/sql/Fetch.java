package io.alchemy.sql;

/**
 * The standard {@code FETCH FIRST rows [PERCENT] ROWS ONLY | WITH TIES} clause of a SELECT
 * ({@link Select#fetch(int, boolean, boolean)}).
 *
 * @param rows the row count (or percentage), a bound value or an expression
 * @param percent whether {@code rows} is a percentage ({@code PERCENT})
 * @param withTies whether rows tying with the last one are returned too ({@code WITH TIES})
 */
public record Fetch(ColumnElement<?> rows, boolean percent, boolean withTies) {
}
