package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.insight.StatementStatistics;
import io.alchemy.schema.SchemaConnection;
import io.alchemy.schema.SchemaEngine;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A factory of {@link Connection}s to one database, holding a pool (HikariCP when built from a JDBC URL), the
 * dialect, the event listeners and the compiled-statement cache. Typically one per database for the whole
 * application. Connects lazily: nothing touches the database until the first connection is needed.
 * Thread-safe.
 */
public interface Engine extends AutoCloseable, SchemaEngine {

    /** Checks a connection out of the pool. Close the returned connection to give it back. */
    Connection connect();

    /**
     * "Begin once": runs {@code work} in a transaction that commits when it returns and rolls back when it throws
     * (the exception is re-thrown).
     */
    void begin(ConnectionWork work);

    /** Like {@link #begin(ConnectionWork)}, returning what {@code work} returns. */
    <T> T transaction(ConnectionFunction<T> work);

    /**
     * {@link #transaction(ConnectionFunction)}, run again as {@code retry} says when it fails with a retryable error
     * (deadlock, serialization failure, lock timeout, connection lost before COMMIT): each attempt is a new transaction
     * on a connection of its own.
     */
    default <T> T transaction(ConnectionFunction<T> work, Retry retry) {
        return retry.call(() -> transaction(work));
    }

    /** {@link #begin(ConnectionWork)} with retries (see {@link #transaction(ConnectionFunction, Retry)}). */
    default void begin(ConnectionWork work, Retry retry) {
        retry.call(() -> {
            begin(work);
            return null;
        });
    }

    /** The dialect, detected from the URL, or from the database itself for a {@code DataSource}. */
    @Override
    Dialect dialect();

    /** {@link #begin} for the schema ({@code metadata.createAll(engine)}, {@code table.drop(engine)}). */
    @Override
    default void inSchemaTransaction(Consumer<SchemaConnection> work) {
        begin(work::accept);
    }

    /** A connection of its own for reflection ({@code metadata.reflectTable("t", engine)}, {@code inspect(engine)}). */
    @Override
    default <T> T withSchemaConnection(Function<SchemaConnection, T> work) {
        try (Connection connection = connect()) {
            return work.apply(connection);
        }
    }

    /** Registers a listener for connection, transaction and statement events. */
    void addListener(ConnectionEvents listener);

    /** Removes a listener added with {@link #addListener}. */
    void removeListener(ConnectionEvents listener);

    /** Hits, misses and size of the compiled-statement cache (SQLAlchemy's {@code cached since} / {@code generated in}). */
    CompiledCacheStats compiledCacheStats();

    /**
     * The statistics per statement shape ({@code pg_stat_statements} kept by the application): count, total, mean
     * and longest time, rows and errors per SQL text. Disabled (recording nothing) unless the engine was built with
     * {@link EngineOptions.Builder#statementStatistics(int)}.
     */
    default StatementStatistics statementStatistics() {
        return StatementStatistics.disabled();
    }

    /** Closes the pool this engine created (a caller's {@code DataSource} is left open). The engine can't be used after. */
    void dispose();

    /** Same as {@link #dispose()}. */
    @Override
    default void close() {
        dispose();
    }

    /** Work done with a connection inside {@link Engine#begin}. */
    @FunctionalInterface
    interface ConnectionWork {
        void run(Connection connection) throws Exception;
    }

    /** Work returning a value, for {@link Engine#transaction}. */
    @FunctionalInterface
    interface ConnectionFunction<T> {
        T apply(Connection connection) throws Exception;
    }
}
