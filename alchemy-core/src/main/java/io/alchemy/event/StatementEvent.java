package io.alchemy.event;

import io.alchemy.sql.Compiled;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A statement execution, as seen by listeners. The echo badge is made on the first call of {@link #cacheBadge()}, so
 * listeners that never read it (statistics, tracing) cost no formatting.
 */
public final class StatementEvent {
    private final EventConnection connection;
    private final Compiled compiled;
    private final List<List<Object>> parameters;
    private final boolean executemany;
    private final long startNanos;
    private @Nullable Supplier<String> badgeSource;
    private volatile @Nullable String cacheBadge;

    /**
     * An event with its badge already made.
     *
     * @param connection the connection executing it
     * @param compiled the compiled statement (SQL, kind, bind slots)
     * @param parameters the positional parameters: one list for a single execution, several for executemany
     * @param executemany whether this is a batched execution
     * @param cacheBadge SQLAlchemy's echo badge: {@code generated in 0.00012s}, {@code cached since 0.5s ago},
     *        {@code no key 0.00003s} or {@code raw sql}
     * @param startNanos {@link System#nanoTime()} when execution started
     */
    public StatementEvent(EventConnection connection, Compiled compiled, List<List<Object>> parameters,
            boolean executemany, String cacheBadge, long startNanos) {
        this(connection, compiled, parameters, executemany, startNanos, null,
                Objects.requireNonNull(cacheBadge, "cacheBadge"));
    }

    /**
     * An event whose badge is made by {@code cacheBadge} when first asked for; the other parameters are those of
     * {@link #StatementEvent(EventConnection, Compiled, List, boolean, String, long)}.
     */
    public StatementEvent(EventConnection connection, Compiled compiled, List<List<Object>> parameters,
            boolean executemany, Supplier<String> cacheBadge, long startNanos) {
        this(connection, compiled, parameters, executemany, startNanos, Objects.requireNonNull(cacheBadge, "cacheBadge"),
                null);
    }

    private StatementEvent(EventConnection connection, Compiled compiled, List<List<Object>> parameters,
            boolean executemany, long startNanos, @Nullable Supplier<String> badgeSource, @Nullable String cacheBadge) {
        this.connection = connection;
        this.compiled = compiled;
        this.parameters = parameters;
        this.executemany = executemany;
        this.startNanos = startNanos;
        this.badgeSource = badgeSource;
        this.cacheBadge = cacheBadge;
    }

    /** The connection executing the statement. */
    public EventConnection connection() {
        return connection;
    }

    /** The compiled statement (SQL, kind, bind slots). */
    public Compiled compiled() {
        return compiled;
    }

    /** The positional parameters: one list for a single execution, several for executemany. */
    public List<List<Object>> parameters() {
        return parameters;
    }

    /** Whether this is a batched execution. */
    public boolean executemany() {
        return executemany;
    }

    /**
     * SQLAlchemy's echo badge: {@code generated in 0.00012s}, {@code cached since 0.5s ago}, {@code no key 0.00003s}
     * or {@code raw sql}.
     */
    public String cacheBadge() {
        String badge = cacheBadge;
        if (badge == null) {
            synchronized (this) {
                badge = cacheBadge;
                if (badge == null) {
                    badge = Objects.requireNonNull(badgeSource).get();
                    cacheBadge = badge;
                    badgeSource = null;
                }
            }
        }
        return badge;
    }

    /** {@link System#nanoTime()} when execution started. */
    public long startNanos() {
        return startNanos;
    }

    @Override
    public String toString() {
        return "StatementEvent[sql=" + compiled.sql() + ", parameters=" + parameters + ", executemany=" + executemany
                + ", cacheBadge=" + cacheBadge() + "]";
    }
}
