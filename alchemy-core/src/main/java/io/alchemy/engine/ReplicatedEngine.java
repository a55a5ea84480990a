package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.event.ConnectionEvents;
import java.util.Objects;

/**
 * An {@link Engine} over a primary database and a read replica: everything it is asked directly ({@link #connect()},
 * {@link #begin}, {@link #transaction}, the schema) goes to the primary; read-only work goes to the replica through
 * {@link #connectReadOnly()}, {@link #readOnlyTransaction} or the {@linkplain #reader() reader engine}, which a
 * {@code SessionFactory} takes as its read engine. A replica connection refuses writes
 * ({@link io.alchemy.exc.ReadOnlyError}); a statement with {@link UsePrimary#usePrimary()} runs on the primary even
 * inside read-only work; after a write, {@link ReadYourWrites} keeps the writer's read-only work on the primary.
 * Build one with {@link Engines#replicated}.
 */
public final class ReplicatedEngine implements Engine {
    private final DefaultEngine primary;
    private final DefaultEngine reader;
    private final ReadYourWrites readYourWrites;

    ReplicatedEngine(ConnectionSource primarySource, ConnectionSource replicaSource, Dialect dialect,
            EngineOptions options, ReadYourWrites readYourWrites) {
        this.readYourWrites = Objects.requireNonNull(readYourWrites, "readYourWrites");
        this.primary = new DefaultEngine(primarySource, dialect, options);
        this.reader = new DefaultEngine(new ReadRoutingSource(replicaSource, primarySource, readYourWrites), dialect,
                options);
        primary.addListener(new WriteTracker(readYourWrites));
    }

    /** A connection to the primary. */
    @Override
    public Connection connect() {
        return primary.connect();
    }

    /**
     * A connection for read-only work: to the replica, or to the primary while {@link ReadYourWrites} pins this
     * thread after a write. Its {@link Connection#target()} says which.
     */
    public Connection connectReadOnly() {
        return reader.connect();
    }

    /** Runs {@code work} in a transaction on the primary. */
    @Override
    public void begin(ConnectionWork work) {
        primary.begin(work);
    }

    /** Runs {@code work} in a transaction on the primary, returning what it returns. */
    @Override
    public <T> T transaction(ConnectionFunction<T> work) {
        return primary.transaction(work);
    }

    /** Runs read-only {@code work} in a transaction on a {@linkplain #connectReadOnly() read-only connection}. */
    public <T> T readOnlyTransaction(ConnectionFunction<T> work) {
        return reader.transaction(work);
    }

    /** The primary's engine: what this engine does when asked directly. */
    public Engine primary() {
        return primary;
    }

    /**
     * The engine of read-only work: its connections lead to the replica, or to the primary while this thread is
     * pinned; give it to {@code SessionFactory.withReadEngine} for read-only Sessions.
     */
    public Engine reader() {
        return reader;
    }

    /** The read-your-writes policy deciding when read-only work stays on the primary. */
    public ReadYourWrites readYourWrites() {
        return readYourWrites;
    }

    @Override
    public Dialect dialect() {
        return primary.dialect();
    }

    /** Registers {@code listener} on the primary and the reader alike. */
    @Override
    public void addListener(ConnectionEvents listener) {
        primary.addListener(listener);
        reader.addListener(listener);
    }

    @Override
    public void removeListener(ConnectionEvents listener) {
        primary.removeListener(listener);
        reader.removeListener(listener);
    }

    /** The primary's compiled-statement cache. */
    @Override
    public CompiledCacheStats compiledCacheStats() {
        return primary.compiledCacheStats();
    }

    /** Closes the replica's pool and then the primary's. */
    @Override
    public void dispose() {
        try {
            reader.dispose();
        } finally {
            primary.dispose();
        }
    }

    @Override
    public String toString() {
        return "ReplicatedEngine(" + primary + ", reader " + reader + ")";
    }
}
