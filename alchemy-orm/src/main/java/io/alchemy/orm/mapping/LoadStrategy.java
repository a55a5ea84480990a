package io.alchemy.orm.mapping;

/**
 * How a relationship loads (SQLAlchemy's loader strategies): the mapping model's counterpart of the
 * {@code @Relationship(lazy = …)} vocabulary, which the declarative layer translates into it, and what loader options
 * choose per query.
 */
public enum LoadStrategy {
    /** Load on first access with a SELECT (the default). */
    SELECT,
    /** Load with the parent, by a second SELECT … WHERE key IN (…) for all parents of the query. */
    SELECTIN,
    /** Load with the parent, by a LEFT OUTER JOIN in the same SELECT. */
    JOINED,
    /** Load with the parent, by a second SELECT joined to the original query as a subquery. */
    SUBQUERY,
    /** Accessing the unloaded relationship raises an error. */
    RAISE,
    /** Accessing it raises when loading would need SQL (a many-to-one found in the identity map still loads). */
    RAISE_ON_SQL,
    /** Never loaded: reads as empty / null. */
    NOLOAD,
    /** A write-only collection, for huge collections: add and remove without loading, query explicitly. */
    WRITE_ONLY
}
