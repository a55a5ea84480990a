package io.alchemy.sql;

import io.alchemy.dialect.Dialect;

/**
 * Anything a {@link io.alchemy.engine.Connection} can execute: textual SQL, DDL, and (later) select, insert,
 * update and delete. An executable compiles, per dialect, into a {@link Compiled} form.
 */
public interface Executable {

    /** Compiles this statement for a dialect. Pure: the same statement and dialect give an equal result. */
    Compiled compile(Dialect dialect);

    /**
     * The key under which the compiled form may be cached: equal for statements of the same structure whatever
     * their bound values, and never containing those values. {@code null} means "do not cache" (DDL).
     */
    default Object cacheKey() {
        return null;
    }

    /**
     * The values this statement fixes in its bind slots ({@link BindSlot#hasValue()}), by slot name. A cached
     * {@link Compiled} carries the values of whichever equal-keyed statement was compiled first, so the engine binds
     * a slot from, in order: the execution parameters, these values, then the slot's own value. A statement with a
     * non-null {@link #cacheKey()} that fixes values must return them here.
     */
    default java.util.Map<String, Object> boundValues() {
        return java.util.Map.of();
    }
}
