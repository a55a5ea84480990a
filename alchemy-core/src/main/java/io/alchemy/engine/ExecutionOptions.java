package io.alchemy.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-connection execution options: isolation level (including AUTOCOMMIT), streaming of large results with a
 * bounded fetch size, and the JDBC fetch size. Immutable; combine with {@link #with(ExecutionOptions)}.
 *
 * @param isolationLevel the isolation level, or {@code null} for the database's default
 * @param streamResults whether results are streamed from a server-side cursor instead of being buffered
 * @param fetchSize rows fetched per round trip (0: the driver's default; a streamed result uses 1,000 when 0)
 */
public record ExecutionOptions(@Nullable IsolationLevel isolationLevel, boolean streamResults, int fetchSize) {
    /** No options: the database's isolation level, buffered results, the driver's fetch size. */
    public static final ExecutionOptions DEFAULTS = new ExecutionOptions(null, false, 0);

    public ExecutionOptions {
        if (fetchSize < 0) {
            throw new io.alchemy.exc.ArgumentError("fetchSize must be >= 0, was " + fetchSize);
        }
    }

    /** Only an isolation level. */
    public static ExecutionOptions isolationLevel(IsolationLevel level) {
        return new ExecutionOptions(Objects.requireNonNull(level, "level"), false, 0);
    }

    /** AUTOCOMMIT: every statement commits by itself. */
    public static ExecutionOptions autocommit() {
        return isolationLevel(IsolationLevel.AUTOCOMMIT);
    }

    /** Stream results through a cursor, fetching {@code fetchSize} rows at a time (SQLAlchemy's {@code yield_per}). */
    public static ExecutionOptions yieldPer(int fetchSize) {
        return new ExecutionOptions(null, true, fetchSize);
    }

    /** These options, overridden by whatever {@code other} sets. */
    public ExecutionOptions with(ExecutionOptions other) {
        return new ExecutionOptions(other.isolationLevel != null ? other.isolationLevel : isolationLevel,
                streamResults || other.streamResults, other.fetchSize != 0 ? other.fetchSize : fetchSize);
    }
}
