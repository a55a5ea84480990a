package io.alchemy.engine;

import io.alchemy.exc.InvalidRequestError;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One JDBC connection, opened on first use and kept for the engine's life, handed out to one checkout at a time
 * (SQLAlchemy's StaticPool): an in-memory SQLite or unnamed H2 database lives exactly as long as its connection.
 * A second checkout waits for the first to be closed, up to the pool timeout; asking again from the thread that
 * already holds it fails at once instead of waiting for itself.
 */
final class SingleConnectionSource implements ConnectionSource {
    private final String url;
    private final Duration timeout;
    private final Semaphore permit = new Semaphore(1, true);
    private volatile Thread holder;
    private java.sql.Connection connection;
    private boolean closed;

    SingleConnectionSource(String url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
    }

    @Override
    public java.sql.Connection acquire() throws SQLException {
        if (holder == Thread.currentThread()) {
            throw new InvalidRequestError("The in-memory database " + describe() + " has a single connection, already "
                    + "checked out by this thread; close that Connection before calling connect() again");
        }
        try {
            if (!permit.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw io.alchemy.exc.PoolTimeoutError.exhausted(describe(), 1, timeout.toMillis(), "the in-memory database's single "
                        + "connection in use", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a connection", "08001", e);
        }
        try {
            java.sql.Connection open = open();
            holder = Thread.currentThread();
            return open;
        } catch (SQLException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    @Override
    public void release(java.sql.Connection released) {
        holder = null;
        permit.release();
    }

    @Override
    public String describe() {
        return JdbcUrls.redact(url);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing an in-memory database cannot lose anything more
            }
            connection = null;
        }
    }

    private synchronized java.sql.Connection open() throws SQLException {
        if (closed) {
            throw new SQLException("The engine for " + describe() + " has been disposed", "08003");
        }
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url);
        }
        return connection;
    }
}
