package io.alchemy.orm.mapping;

import io.alchemy.schema.Column;

/**
 * One column pair of a relationship's join: {@code referencing} holds a foreign key to {@code referenced}
 * ({@code address.user_id} → {@code user_account.id}). A flush copies the referenced value into the referencing
 * column.
 *
 * @param referenced the referenced (usually primary key) column
 * @param referencing the foreign key column
 */
public record JoinPair(Column<?> referenced, Column<?> referencing) {

    @Override
    public String toString() {
        return referencing + " -> " + referenced;
    }
}
