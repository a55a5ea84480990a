package io.alchemy.exc;

import org.jspecify.annotations.Nullable;

/**
 * No connection could be checked out of the pool within the pool timeout because all of them were in use
 * (SQLAlchemy's {@code sqlalchemy.exc.TimeoutError}). The database itself may be fine: the application holds more
 * connections at once than the pool has. The message names the pool's size, the timeout and the settings to change.
 */
public class PoolTimeoutError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    private final int poolSize;
    private final long timeoutMillis;

    public PoolTimeoutError(String message, int poolSize, long timeoutMillis, @Nullable Throwable cause) {
        super(message, cause);
        this.poolSize = poolSize;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * The error of an exhausted pool: all {@code poolSize} connections stayed in use for the whole
     * {@code timeoutMillis}. The message says what to change.
     *
     * @param description the pool (its name or URL)
     * @param state what the pool reported ("10 in use, 0 idle, 3 waiting"), or empty
     * @param cause the pool's own exception
     */
    public static PoolTimeoutError exhausted(String description, int poolSize, long timeoutMillis, String state,
            @Nullable Throwable cause) {
        String message = String.format(java.util.Locale.ROOT, "Pool limit of size %d reached, connection timed out, "
                + "timeout %.2f s (%s%s). All connections were in use for the whole timeout: return connections "
                + "sooner (close Connections and Sessions), or raise the pool size (EngineOptions.poolSize, "
                + "spring.datasource.hikari.maximum-pool-size) or the timeout (EngineOptions.poolTimeout, "
                + "spring.datasource.hikari.connection-timeout)", poolSize, timeoutMillis / 1000.0, description,
                state.isEmpty() ? "" : ": " + state);
        return new PoolTimeoutError(message, poolSize, timeoutMillis, cause);
    }

    /**
     * The {@link PoolTimeoutError} for {@code failure} when it is a HikariCP pool's checkout timeout with every
     * connection busy (not a failure to connect), or {@code null}.
     */
    public static @Nullable PoolTimeoutError ofHikariTimeout(javax.sql.DataSource dataSource, java.sql.SQLException failure) {
        if (!(failure instanceof java.sql.SQLTransientConnectionException) || failure.getCause() != null) {
            return null; // HikariCP names the last connect failure as the cause; none: all connections were busy
        }
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            if (!dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                return null;
            }
            pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            return null;
        }
        com.zaxxer.hikari.HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        String state = bean == null ? "" : bean.getActiveConnections() + " in use, " + bean.getIdleConnections()
                + " idle, " + bean.getThreadsAwaitingConnection() + " waiting";
        return exhausted(String.valueOf(pool.getPoolName()), pool.getMaximumPoolSize(), pool.getConnectionTimeout(),
                state, failure);
    }

    /** The pool's maximum number of connections. */
    public int poolSize() {
        return poolSize;
    }

    /** How long the checkout waited, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
