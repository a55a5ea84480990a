package io.alchemy.sql;

import io.alchemy.dialect.Dialect;
import java.util.List;
import java.util.Map;

/**
 * Anything a {@link io.alchemy.engine.Connection} can execute: textual SQL, DDL, select, insert, update and delete.
 * An executable compiles, per dialect, into a {@link Compiled} form.
 *
 * <p>How an engine runs one: {@code options = CompileOptions.forParameters(keys of the first parameter set)} (or
 * {@link CompileOptions#DEFAULT} without parameters); the compiled form is {@code compile(dialect, options)}, which
 * may be cached under {@code (dialect, cacheKey(), options)}; each parameter set then runs as
 * {@code bind(compiled, parameters)}, which also takes this statement's own values, since a cached compiled form
 * may come from another statement of the same shape.
 */
public interface Executable {

    /** Compiles this statement for a dialect. Pure: the same statement and dialect give an equal result. */
    Compiled compile(Dialect dialect);

    /**
     * Compiles for a dialect with options: the keys of the execution parameters (an {@code insert(table)} without
     * values inserts the columns named by them) or literal rendering for display.
     */
    default Compiled compile(Dialect dialect, CompileOptions options) {
        return compile(dialect);
    }

    /**
     * The key under which the compiled form may be cached: equal for statements of the same structure whatever
     * their bound values, and never containing those values. {@code null} means "do not cache" (DDL).
     */
    default Object cacheKey() {
        return null;
    }

    /**
     * The SQL and values of one execution of {@code compiled} (a compiled form of this statement or of one with an
     * equal {@link #cacheKey()}): the execution parameters, then this statement's own values, fill the slots.
     */
    default BoundStatement bind(Compiled compiled, Map<String, ?> parameters) {
        return compiled.bind(List.of(), parameters);
    }
}
