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
}
