package io.alchemy.spring.boot.autoconfigure.insight;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The connection pool now, when the DataSource is HikariCP's (Boot's default).
 *
 * @param name the pool's name
 * @param active connections in use
 * @param idle connections waiting in the pool
 * @param total connections open
 * @param pending threads waiting for a connection
 * @param max the pool's maximum size
 */
public record PoolState(String name, int active, int idle, int total, int pending, int max) {

    /** The state of {@code dataSource}'s pool, or {@code null} when it is not HikariCP or not started yet. */
    public static @Nullable PoolState of(DataSource dataSource) {
        HikariDataSource hikari = hikari(dataSource);
        if (hikari == null) {
            return null;
        }
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolState(String.valueOf(hikari.getPoolName()), 0, 0, 0, 0, hikari.getMaximumPoolSize());
        }
        return new PoolState(String.valueOf(hikari.getPoolName()), pool.getActiveConnections(),
                pool.getIdleConnections(), pool.getTotalConnections(), pool.getThreadsAwaitingConnection(),
                hikari.getMaximumPoolSize());
    }

    private static @Nullable HikariDataSource hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return hikari;
        }
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
