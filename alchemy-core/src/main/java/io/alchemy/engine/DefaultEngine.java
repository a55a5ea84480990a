package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.Dialects;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.exc.AlchemyException;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.OperationalError;
import io.alchemy.insight.StatementStatistics;
import java.sql.SQLException;

/** The {@link Engine}: a connection source, a dialect (detected lazily for a DataSource), listeners and a cache. */
final class DefaultEngine implements Engine {
    private final ConnectionSource source;
    private final EngineOptions options;
    private final EventDispatcher events = new EventDispatcher();
    private final CompiledCache cache;
    private final StatementStatistics statistics;
    private final SeenConnections seen = new SeenConnections();
    private volatile Dialect dialect;
    private volatile boolean disposed;

    DefaultEngine(ConnectionSource source, Dialect dialect, EngineOptions options) {
        this.source = source;
        this.dialect = dialect;
        this.options = java.util.Objects.requireNonNull(options, "options");
        this.cache = new CompiledCache(options.compiledCacheSize());
        if (options.echo()) {
            events.add(new EchoListener());
        }
        options.listeners().forEach(events::add);
        this.statistics = options.statementStatistics() == 0 ? StatementStatistics.disabled()
                : new StatementStatistics(options.statementStatistics());
        if (statistics.isEnabled()) {
            events.add(statistics);
        }
    }

    @Override
    public Connection connect() {
        if (disposed) {
            throw new InvalidRequestError("This engine has been disposed; create a new one");
        }
        long start = System.nanoTime();
        java.sql.Connection jdbc = acquire();
        long acquireNanos = System.nanoTime() - start;
        DefaultConnection connection;
        try {
            Dialect resolved = dialect(jdbc);
            noteIfNew(jdbc);
            connection = new DefaultConnection(this, jdbc, resolved, source.isExternallyManaged(jdbc));
        } catch (SQLException | RuntimeException e) {
            releaseQuietly(jdbc);
            throw e instanceof SQLException sql ? connectError(sql) : (RuntimeException) e;
        }
        if (!events.isEmpty()) {
            events.onCheckout(connection.event(), acquireNanos);
        }
        if (options.isolationLevel() != null) {
            connection.executionOptions(ExecutionOptions.isolationLevel(options.isolationLevel()));
        }
        return connection;
    }

    @Override
    public void begin(ConnectionWork work) {
        transaction(conn -> {
            work.run(conn);
            return null;
        });
    }

    @Override
    public <T> T transaction(ConnectionFunction<T> work) {
        try (Connection conn = connect()) {
            Transaction tx = conn.begin();
            T value;
            try {
                value = work.apply(conn);
            } catch (Throwable failure) {
                rollbackAfter(tx, failure);
                throw rethrowable(failure);
            }
            tx.commit();
            return value;
        }
    }

    @Override
    public Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            connect().close();
            known = dialect;
        }
        return known;
    }

    @Override
    public void addListener(ConnectionEvents listener) {
        events.add(listener);
    }

    @Override
    public void removeListener(ConnectionEvents listener) {
        events.remove(listener);
    }

    /** Hits, misses and size of the compiled-statement cache. */
    @Override
    public CompiledCacheStats compiledCacheStats() {
        return cache.stats();
    }

    @Override
    public StatementStatistics statementStatistics() {
        return statistics;
    }

    @Override
    public void dispose() {
        disposed = true;
        cache.clear();
        source.close();
    }

    @Override
    public String toString() {
        return "Engine(" + source.describe() + ")";
    }

    EngineOptions options() {
        return options;
    }

    EventDispatcher events() {
        return events;
    }

    CompiledCache cache() {
        return cache;
    }

    ConnectionSource source() {
        return source;
    }

    private java.sql.Connection acquire() {
        try {
            java.sql.Connection jdbc = source.acquire();
            if (!options.prePing() || source.isExternallyManaged(jdbc)) {
                return jdbc; // a transaction's own connection cannot be swapped for another
            }
            // pre-ping: a connection the server closed while it was pooled is invalidated and the next one taken; a
            // pool of n connections holds at most n dead ones, so n + 1 tries find a live one or a new one
            for (int tries = 0; tries <= options.poolSize() && !answersPing(jdbc); tries++) {
                source.invalidate(jdbc);
                jdbc = source.acquire();
            }
            return jdbc;
        } catch (SQLException e) {
            throw connectError(e);
        }
    }

    private boolean answersPing(java.sql.Connection jdbc) {
        try {
            return jdbc.isValid((int) Math.max(1, Math.min(5, options.poolTimeout().toSeconds())));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Always operational, naming the database (without password) and the driver's reason behind the pool's. */
    private OperationalError connectError(SQLException e) {
        String reason = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null && !reason.contains(e.getCause().getMessage())) {
            reason += " (" + e.getCause().getMessage() + ")";
        }
        SQLException described = new SQLException("Could not connect to " + source.describe() + ": " + reason,
                e.getSQLState(), e.getErrorCode(), e);
        return new OperationalError(null, null, described);
    }

    private Dialect dialect(java.sql.Connection jdbc) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialects.forProduct(jdbc.getMetaData().getDatabaseProductName());
            dialect = known;
        }
        return known;
    }

    private void noteIfNew(java.sql.Connection jdbc) throws SQLException {
        java.sql.Connection physical = jdbc.isWrapperFor(java.sql.Connection.class) ? jdbc.unwrap(java.sql.Connection.class) : jdbc;
        if (seen.add(physical)) {
            events.onConnect(jdbc);
        }
    }

    private void releaseQuietly(java.sql.Connection jdbc) {
        try {
            source.release(jdbc);
        } catch (SQLException | RuntimeException ignored) {
            // the original failure is the one to report
        }
    }

    private static void rollbackAfter(Transaction tx, Throwable failure) {
        try {
            tx.rollback();
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new AlchemyException("Transaction rolled back: " + failure, failure);
    }
}
