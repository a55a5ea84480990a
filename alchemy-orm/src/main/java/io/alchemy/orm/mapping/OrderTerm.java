package io.alchemy.orm.mapping;

import io.alchemy.schema.Column;

/**
 * One term of a relationship's {@code orderBy}, resolved when the relationship is configured: a column of the
 * target's table and its direction.
 *
 * @param column the column ordering the collection
 * @param descending whether the order is descending
 */
public record OrderTerm(Column<?> column, boolean descending) {
}
