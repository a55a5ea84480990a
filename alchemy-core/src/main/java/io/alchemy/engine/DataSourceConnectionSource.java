package io.alchemy.engine;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Connections from a caller's {@link DataSource}, which the engine never closes. */
final class DataSourceConnectionSource implements ConnectionSource {
    private final DataSource dataSource;

    DataSourceConnectionSource(DataSource dataSource) {
        this.dataSource = java.util.Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public java.sql.Connection acquire() throws SQLException {
        return dataSource.getConnection();
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
