package io.alchemy.sql;

import org.jspecify.annotations.Nullable;

/**
 * One {@code join()} / {@code joinFrom()} call of a SELECT, applied to its FROM list when compiling: the left side
 * ({@code null}: inferred, the FROM element that can join {@code right}), the right side, the ON clause
 * ({@code null}: inferred from foreign keys) and the kind of join.
 *
 * @param left the explicit left side, or {@code null}
 * @param right the joined element
 * @param onClause the explicit ON clause, or {@code null}
 * @param type inner, left outer or full outer
 */
public record JoinSpec(@Nullable FromClause left, FromClause right, @Nullable ColumnElement<?> onClause, JoinType type) {

    void addCacheKey(CacheKeyBuilder key) {
        key.add(type).add(left).add(right).add(onClause);
    }
}
