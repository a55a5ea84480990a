package io.alchemy.sql;

import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    Compiled compile(SqlDialect dialect);

    /**
     * Compiles for a dialect with options: the keys of the execution parameters (an {@code insert(table)} without
     * values inserts the columns named by them) or literal rendering for display.
     */
    default Compiled compile(SqlDialect dialect, CompileOptions options) {
        return compile(dialect);
    }

    /**
     * The key under which the compiled form may be cached: equal for statements of the same structure whatever
     * their bound values, and never containing those values. {@code null} means "do not cache" (DDL).
     */
    default @Nullable Object cacheKey() {
        return null;
    }

    /**
     * The values this statement fixes in its bind slots ({@link BindSlot#hasValue()}), by slot name. A cached
     * {@link Compiled} carries the values of whichever equal-keyed statement was compiled first, so the engine binds
     * a slot from, in order: the execution parameters, these values, then the slot's own value. A statement with a
     * non-null {@link #cacheKey()} that fixes values must return them here.
     */
    default Map<String, Object> boundValues() {
        return Map.of();
    }

    /**
     * This statement's values by the slot names of {@code compiled}, a compiled form of this statement or of one
     * with an equal {@link #cacheKey()} and the same options: the expression language names values at compile time
     * ({@code :name_1}), so only the compiled form knows their names. Defaults to {@link #boundValues()}.
     */
    default Map<String, Object> boundValues(Compiled compiled) {
        return boundValues();
    }

    /**
     * The SQL and values of one execution of {@code compiled} (a compiled form of this statement or of one with an
     * equal {@link #cacheKey()}): each slot takes the execution parameter of its name, else this statement's value
     * ({@link #boundValues(Compiled)}), else the slot's own; expanding parameters are spelled out.
     */
    default BoundStatement bind(Compiled compiled, Map<String, ?> parameters) {
        return compiled.bind(boundValues(compiled), parameters);
    }
}
