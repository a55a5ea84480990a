package io.alchemy.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A HikariCP pool built from a JDBC URL, created on the first {@link #acquire()} so that building an engine never
 * touches the database. A checkout waits at most the pool timeout.
 */
final class PooledConnectionSource implements ConnectionSource {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HikariConfig config;
    private final String description;
    private final int poolSize;
    private final long timeoutMillis;
    private HikariDataSource pool;
    private boolean closed;

    PooledConnectionSource(String url, String dialectName, EngineOptions options) {
        this.description = JdbcUrls.redact(url);
        long timeoutMillis = options.poolTimeout().toMillis();
        this.poolSize = options.poolSize();
        this.timeoutMillis = timeoutMillis;
        config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("alchemy-" + dialectName + "-" + POOLS.incrementAndGet());
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(timeoutMillis);
        config.setValidationTimeout(Math.min(5_000, timeoutMillis));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
    }

    @Override
    public java.sql.Connection acquire() throws SQLException {
        HikariDataSource current = pool();
        try {
            return current.getConnection();
        } catch (java.sql.SQLTransientConnectionException e) {
            if (e.getCause() == null) { // HikariCP names the last connect failure as the cause; none: all were busy
                throw io.alchemy.exc.PoolTimeoutError.exhausted(description, poolSize, timeoutMillis, describeState(current), e);
            }
            throw e;
        }
    }

    private static String describeState(HikariDataSource pool) {
        com.zaxxer.hikari.HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? "" : bean.getActiveConnections() + " in use, " + bean.getIdleConnections() + " idle, "
                + bean.getThreadsAwaitingConnection() + " waiting";
    }

    @Override
    public void release(java.sql.Connection connection) throws SQLException {
        connection.close();
    }

    /** Evicts the connection from the pool (its physical connection is closed, never handed out again), then closes it. */
    @Override
    public void invalidate(java.sql.Connection connection) {
        HikariDataSource current;
        synchronized (this) {
            current = pool;
        }
        if (current != null) {
            current.evictConnection(connection);
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) { // HikariCP may fail resetting an evicted connection's state
            // an evicted connection's close reports nothing worth raising: it is gone
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }

    private synchronized HikariDataSource pool() throws SQLException {
        if (closed) {
            throw new SQLException("The connection pool for " + description + " has been closed", "08003");
        }
        if (pool == null) {
            pool = new HikariDataSource(config);
        }
        return pool;
    }
}
