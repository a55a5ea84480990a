package io.alchemy.engine;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections from a caller's {@link DataSource}, which the engine never closes. A HikariCP pool's checkout timeout is a
 * {@link io.alchemy.exc.PoolTimeoutError}, as for the engine's own pool.
 */
final class DataSourceConnectionSource implements ConnectionSource {
    private final DataSource dataSource;

    DataSourceConnectionSource(DataSource dataSource) {
        this.dataSource = java.util.Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public java.sql.Connection acquire() throws SQLException {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            io.alchemy.exc.PoolTimeoutError timeout = io.alchemy.exc.PoolTimeoutError.ofHikariTimeout(dataSource, e);
            if (timeout != null) {
                throw timeout;
            }
            throw e;
        }
    }

    @Override
    public void release(java.sql.Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public String describe() {
        return dataSource.getClass().getName();
    }

    @Override
    public void close() {
        // the caller's DataSource stays open
    }
}
