package io.alchemy.sql;

/**
 * A node of the SQL expression tree: a column expression, a FROM element or a statement. Nodes are immutable; the
 * compiler renders them through {@link #accept} (one {@code visitXxx} per node kind), and each node describes its
 * structure, without its bound values, for the compiled-statement cache through {@link #addCacheKey}.
 */
public interface ClauseElement {

    /** Double dispatch to the visitor method for this node kind. */
    <R> R accept(ClauseVisitor<R> visitor);

    /**
     * Appends this node's structure to a cache key: its kind, its fixed attributes and its children's keys, but
     * never the values of its bound parameters (those are {@linkplain CacheKeyBuilder#literal extracted}).
     */
    void addCacheKey(CacheKeyBuilder key);
}
