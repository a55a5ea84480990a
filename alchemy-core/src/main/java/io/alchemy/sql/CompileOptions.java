package io.alchemy.sql;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to compile a statement. {@link #DEFAULT} for display and for executions without parameters;
 * {@link #forParameters} when executing with parameters, whose keys decide the columns of an {@code insert(table)}
 * or {@code update(table)} without explicit values; {@link #literalBinds()} renders values inline for display
 * (never for execution). Equal options compile equal SQL, so the options belong in a compiled-cache key.
 *
 * @param parameterKeys the keys of the (first) execution parameter set, or {@code null} when not executing
 * @param inlineLiterals whether values are rendered as SQL literals instead of placeholders
 */
public record CompileOptions(@Nullable Set<String> parameterKeys, boolean inlineLiterals) {

    /** Display and parameterless execution. */
    public static final CompileOptions DEFAULT = new CompileOptions(null, false);

    public CompileOptions {
        parameterKeys = parameterKeys == null ? null : Set.copyOf(parameterKeys);
    }

    /** For an execution whose (first) parameter set has these keys. */
    public static CompileOptions forParameters(Set<String> keys) {
        return new CompileOptions(keys, false);
    }

    /** Values rendered inline, for display: {@code WHERE name = 'spongebob'}. */
    public static CompileOptions literalBinds() {
        return new CompileOptions(null, true);
    }
}
