package io.alchemy.sql;

import java.util.List;
import java.util.Map;

/**
 * What an INSERT does when a row with the same key exists (an "upsert"): nothing, or an update of some columns,
 * written per database: {@code ON CONFLICT (…) DO NOTHING / DO UPDATE SET …} (PostgreSQL, SQLite),
 * {@code ON DUPLICATE KEY UPDATE …} (MySQL, MariaDB), {@code MERGE INTO … KEY (…)} (H2). Built through
 * {@link Insert#onConflictDoNothing}, {@link Insert#onConflictDoUpdate} and {@link Insert#onDuplicateKeyUpdate}.
 *
 * @param action what to do on a conflict
 * @param target the columns of the unique key that conflicts (empty: any key; MySQL takes none)
 * @param set the columns to update and their new values ({@link Insert#excluded} for the proposed row's values)
 * @param where a condition restricting the update, or {@code null}
 */
public record OnConflict(Action action, List<ColumnClause<?>> target, Map<ColumnClause<?>, ColumnElement<?>> set,
        ColumnElement<?> where) {

    /** The kind of upsert. */
    public enum Action {
        /** {@code ON CONFLICT DO NOTHING}. */
        DO_NOTHING,
        /** {@code ON CONFLICT (target) DO UPDATE SET …}. */
        DO_UPDATE,
        /** MySQL's {@code ON DUPLICATE KEY UPDATE …}. */
        DUPLICATE_KEY_UPDATE
    }

    public OnConflict {
        target = List.copyOf(target);
        set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
    }

    void addCacheKey(CacheKeyBuilder key) {
        key.add(action).addAll(target).add(set.size());
        set.forEach((column, value) -> key.add(column).add(value));
        key.add(where);
    }
}
