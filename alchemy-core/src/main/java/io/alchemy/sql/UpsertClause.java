package io.alchemy.sql;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Upsert} does with a row that conflicts with an existing one: PostgreSQL's and SQLite's
 * {@code ON CONFLICT}, MySQL's {@code ON DUPLICATE KEY UPDATE} or H2's {@code MERGE … KEY}. Each dialect renders
 * the clauses it has; the others raise a {@link io.alchemy.exc.CompileError} naming the dialect and
 * {@link #construct()}.
 */
public sealed interface UpsertClause {

    /** The construct's name in error messages: {@code INSERT … ON CONFLICT}. */
    String construct();

    /** Appends this clause's structure (and bound values) to a statement's cache key. */
    void addCacheKey(CacheKeyBuilder key);

    /**
     * {@code ON CONFLICT [(index elements) [WHERE index predicate] | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET …
     * [WHERE …]}.
     *
     * @param indexElements the columns (or expressions) of the arbiter index; empty with a constraint or none
     * @param indexWhere the predicate of a partial arbiter index, or {@code null}
     * @param constraint the name of the arbiter constraint (PostgreSQL only), or {@code null}
     * @param set the columns to update and their new values; {@code null} means DO NOTHING
     * @param where which conflicting rows to update, or {@code null}
     */
    record OnConflict(List<ColumnElement<?>> indexElements, @Nullable ColumnElement<?> indexWhere,
            @Nullable String constraint, @Nullable Map<ColumnClause<?>, ColumnElement<?>> set,
            @Nullable ColumnElement<?> where) implements UpsertClause {

        public OnConflict {
            indexElements = List.copyOf(indexElements);
            set = set == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        }

        /** Whether this is {@code DO NOTHING}. */
        public boolean doNothing() {
            return set == null;
        }

        @Override
        public String construct() {
            return constraint != null ? "INSERT … ON CONFLICT ON CONSTRAINT" : "INSERT … ON CONFLICT";
        }

        @Override
        public void addCacheKey(CacheKeyBuilder key) {
            key.add("on_conflict", constraint).addAll(indexElements).addWithValues(indexWhere).add(set == null);
            if (set != null) {
                DmlStatement.addValuesKey(key, set);
            }
            key.add(where);
        }
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE column = value, …}.
     *
     * @param set the columns to update and their new values, in order
     */
    record OnDuplicateKeyUpdate(Map<ColumnClause<?>, ColumnElement<?>> set) implements UpsertClause {

        public OnDuplicateKeyUpdate {
            set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        }

        @Override
        public String construct() {
            return "INSERT … ON DUPLICATE KEY UPDATE";
        }

        @Override
        public void addCacheKey(CacheKeyBuilder key) {
            key.add("on_duplicate_key");
            DmlStatement.addValuesKey(key, set);
        }
    }

    /**
     * H2's {@code MERGE INTO table (columns) KEY (keys) VALUES …}: update the row with the same key values, else
     * insert.
     *
     * @param keys the key columns; empty means the primary key
     */
    record MergeKey(List<ColumnClause<?>> keys) implements UpsertClause {

        public MergeKey {
            keys = List.copyOf(keys);
        }

        @Override
        public String construct() {
            return "MERGE INTO … KEY";
        }

        @Override
        public void addCacheKey(CacheKeyBuilder key) {
            key.add("merge_key").addAll(keys);
        }
    }
}
