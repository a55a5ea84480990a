package io.alchemy.orm;

/** How a {@link Relationship} loads by default (SQLAlchemy's {@code lazy=}); queries override it with loader options. */
public enum Lazy {
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
