package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.event.ConnectionEvent;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.ResourceClosedError;
import io.alchemy.sql.Executable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A checked-out JDBC connection with SQLAlchemy 2.0's transaction model (see {@link Connection}). Statement
 * execution is {@link StatementExecutor}'s job and transaction state is {@link TransactionState}'s; this class
 * ties them to the JDBC connection's life: checkout, execution options, and restoring the connection on close.
 */
final class DefaultConnection implements Connection {
    private final DefaultEngine engine;
    private final ConnectionSource source;
    private final java.sql.Connection jdbc;
    private final Dialect dialect;
    private final boolean externallyManaged;
    private @Nullable ConnectionEvent event;
    private final boolean originalAutoCommit;
    private final TransactionState transactions;
    private final StatementExecutor executor;
    /** Results still open (streaming ones), closed with the connection; made on the first one. */
    private @Nullable Set<CursorResult> openResults;
    private ExecutionOptions options = ExecutionOptions.DEFAULTS;
    private Integer originalIsolation;
    private boolean closed;
    private boolean dead;
    private String target;

    DefaultConnection(DefaultEngine engine, java.sql.Connection jdbc, Dialect dialect, boolean externallyManaged)
            throws SQLException {
        this(engine, engine.source(), jdbc, dialect, externallyManaged);
    }

    /** A connection from {@code source}, which is the engine's own or, for {@link UsePrimary}, its primary source. */
    DefaultConnection(DefaultEngine engine, ConnectionSource source, java.sql.Connection jdbc, Dialect dialect,
            boolean externallyManaged) throws SQLException {
        this.engine = engine;
        this.source = source;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.externallyManaged = externallyManaged;
        this.originalAutoCommit = jdbc.getAutoCommit();
        this.transactions = new TransactionState(this);
        this.executor = new StatementExecutor(this);
    }

    @Override
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (UsePrimary.isRequested(statement) && ConnectionSource.REPLICA.equals(target())) {
            return onPrimary(statement, List.of(parameters), false);
        }
        return executor.executeOne(statement, parameters);
    }

    @Override
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        Objects.requireNonNull(parameterSets, "parameterSets");
        if (parameterSets.isEmpty()) {
            return execute(statement, Map.of());
        }
        if (UsePrimary.isRequested(statement) && ConnectionSource.REPLICA.equals(target())) {
            return onPrimary(statement, parameterSets, true);
        }
        return executor.execute(statement, parameterSets, true);
    }

    @Override
    public Result execDriverSql(String sql, Object... parameters) {
        return executor.executeDriverSql(sql, parameters == null ? new Object[] {null} : parameters);
    }

    @Override
    public Transaction begin() {
        ensureOpen();
        return transactions.begin(false);
    }

    @Override
    public Transaction beginNested() {
        ensureOpen();
        return transactions.beginNested();
    }

    @Override
    public void commit() {
        ensureOpen();
        transactions.commit();
    }

    @Override
    public void rollback() {
        ensureOpen();
        transactions.rollback();
    }

    @Override
    public boolean inTransaction() {
        return !closed && transactions.active();
    }

    @Override
    public Connection executionOptions(ExecutionOptions newOptions) {
        ensureOpen();
        IsolationLevel level = newOptions.isolationLevel();
        if (level != null && level != options.isolationLevel()) {
            if (transactions.active()) {
                throw new InvalidRequestError("This connection has already begun a transaction; the isolation level "
                        + "may not be altered unless rollback() or commit() is called first");
            }
            applyIsolation(level);
        }
        options = options.with(newOptions);
        return this;
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public java.sql.Connection jdbcConnection() {
        ensureOpen();
        return jdbc;
    }

    /** {@code primary} or {@code replica}: where the source routed this connection (asked once, then kept). */
    @Override
    public String target() {
        if (target == null) {
            target = source.target(jdbc);
        }
        return target;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (openResults != null) {
                new ArrayList<>(openResults).forEach(CursorResult::close);
            }
            if (transactions.active() && externallyManaged) {
                transactions.leaveExternal();
            } else if (transactions.active()) {
                transactions.rollback();
            }
            restore();
        } finally {
            closed = true;
            release();
        }
    }

    @Override
    public void invalidate() {
        if (closed) {
            return;
        }
        dead = true;
        close();
    }

    @Override
    public String toString() {
        return "Connection(" + source.describe() + (closed ? ", closed)" : ")");
    }

    // ---------------------------------------------------------------- for the executor and transactions

    DefaultEngine defaultEngine() {
        return engine;
    }

    java.sql.Connection jdbc() {
        return jdbc;
    }

    /** This connection as listeners see it; made on first use, as only listeners need it. */
    ConnectionEvent event() {
        if (event == null) {
            event = new ConnectionEvent(this, dialect.name());
        }
        return event;
    }

    boolean externallyManaged() {
        return externallyManaged;
    }

    boolean autocommitMode() {
        return options.isolationLevel() == IsolationLevel.AUTOCOMMIT;
    }

    TransactionState transactions() {
        return transactions;
    }

    void ensureOpen() {
        if (closed) {
            throw new ResourceClosedError("This Connection is closed");
        }
    }

    void opened(CursorResult result) {
        if (openResults == null) {
            openResults = new LinkedHashSet<>();
        }
        openResults.add(result);
    }

    void closed(CursorResult result) {
        if (openResults != null) {
            openResults.remove(result);
        }
    }

    /**
     * Whether the JDBC connection still works; asked only after a failure, so the round trip of {@code isValid} costs
     * nothing on the normal path. A dead connection's transaction is gone with it.
     */
    boolean isAlive() {
        if (!dead) {
            try {
                dead = jdbc.isClosed() || !jdbc.isValid(2);
            } catch (SQLException e) {
                dead = true;
            }
        }
        return !dead;
    }

    /** A driver error outside a statement (commit, rollback, savepoints, options), classified by the dialect. */
    RuntimeException translate(SQLException e, String operation) {
        return classify(new SQLException(operation + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e),
                null, List.of());
    }

    /**
     * A driver error classified by the dialect; a disconnect marks this connection dead, so that it is invalidated
     * (evicted from the pool) when it closes, and its rollback and close are quiet.
     */
    io.alchemy.exc.DBAPIError classify(SQLException e, String sql, List<?> params) {
        io.alchemy.exc.DBAPIError error = dialect.errorClassifier().classify(e, sql, params);
        if (error.connectionInvalidated()) {
            dead = true;
        }
        return error;
    }

    /** Whether the driver's own connection (beneath a pool's proxy) is known to be closed; no round trip. */
    boolean physicallyClosed() {
        try {
            java.sql.Connection physical = jdbc.isWrapperFor(java.sql.Connection.class)
                    ? jdbc.unwrap(java.sql.Connection.class) : jdbc;
            return physical.isClosed();
        } catch (SQLException e) {
            return false; // not known closed: a failing COMMIT then counts as of unknown outcome
        }
    }

    /** Whether the last error was a disconnect (or {@link #invalidate()} was called). */
    boolean isDead() {
        return dead;
    }

    /**
     * Runs a statement that asks for the primary ({@link UsePrimary}) while this connection leads to a replica: on a
     * primary connection of its own, in autocommit, outside this connection's transaction; its rows are buffered
     * before that connection goes back.
     */
    private Result onPrimary(Executable statement, List<? extends Map<String, ?>> parameterSets, boolean executemany) {
        ensureOpen();
        ConnectionSource primary = source.primarySource();
        if (primary == null) {
            return executor.execute(statement, parameterSets, executemany);
        }
        java.sql.Connection primaryJdbc;
        long start = System.nanoTime();
        try {
            primaryJdbc = primary.acquire();
        } catch (SQLException e) {
            throw translate(e, "check out a primary connection");
        }
        DefaultConnection detour;
        try {
            detour = new DefaultConnection(engine, primary, primaryJdbc, dialect, false);
        } catch (SQLException | RuntimeException e) {
            primary.invalidate(primaryJdbc);
            throw e instanceof SQLException sql ? translate(sql, "check out a primary connection") : (RuntimeException) e;
        }
        if (!engine.events().isEmpty()) {
            engine.events().onCheckout(detour.event(), System.nanoTime() - start);
        }
        try (detour) {
            detour.executionOptions(ExecutionOptions.autocommit());
            return detour.executor.execute(statement, parameterSets, executemany);
        }
    }

    private void applyIsolation(IsolationLevel level) {
        if (externallyManaged) {
            throw new InvalidRequestError("The isolation level of a connection whose transaction is managed outside "
                    + "Alchemy cannot be changed");
        }
        try {
            if (level == IsolationLevel.AUTOCOMMIT) {
                jdbc.setAutoCommit(true);
                return;
            }
            if (originalIsolation == null) {
                originalIsolation = jdbc.getTransactionIsolation();
            }
            jdbc.setTransactionIsolation(level.jdbcLevel());
        } catch (SQLException e) {
            throw translate(e, "set isolation level " + level);
        }
    }

    private void restore() {
        if (externallyManaged || dead) {
            return;
        }
        try {
            if (originalIsolation != null) {
                jdbc.setTransactionIsolation(originalIsolation);
            }
            if (jdbc.getAutoCommit() != originalAutoCommit) {
                jdbc.setAutoCommit(originalAutoCommit);
            }
        } catch (SQLException e) {
            if (!isAlive()) {
                return; // a dead connection has no state to restore; the pool discards it
            }
            throw translate(e, "restore connection state");
        }
    }

    /** Gives the connection back to its source; a dead one is invalidated, so that it is never handed out again. */
    private void release() {
        try {
            if (!dead) {
                try {
                    source.release(jdbc);
                    return;
                } catch (SQLException e) {
                    if (isAlive()) {
                        throw translate(e, "release connection");
                    }
                }
            }
            source.invalidate(jdbc);
        } finally {
            if (!engine.events().isEmpty()) {
                engine.events().onCheckin(event());
            }
        }
    }
}
