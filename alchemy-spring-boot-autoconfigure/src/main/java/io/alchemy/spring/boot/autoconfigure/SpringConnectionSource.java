package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.ConnectionSource;
import io.alchemy.spring.boot.autoconfigure.replica.ReplicaRouting;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A {@link ConnectionSource} that takes part in Spring-managed transactions, the way {@code JdbcTemplate} does:
 * connections come from {@link DataSourceUtils}, so inside a {@code @Transactional} method (or a
 * {@code TransactionTemplate}) the Engine gets the transaction's own JDBC connection. Such a connection is
 * {@linkplain #isExternallyManaged externally managed}: Alchemy neither commits it nor changes its auto-commit mode,
 * and when Alchemy would roll back it marks the Spring transaction rollback-only instead. Outside a Spring
 * transaction it behaves like a plain {@code DataSource}. The {@code DataSource} is never closed by this source.
 */
public final class SpringConnectionSource implements ConnectionSource {
    private final DataSource dataSource;
    private final @Nullable ReplicaRouting routing;

    /** A source over {@code dataSource}, which must be the one the transaction manager manages. */
    public SpringConnectionSource(DataSource dataSource) {
        this(dataSource, null);
    }

    /**
     * A source over {@code dataSource} (the one the transaction manager manages), which {@code routing} has wrapped so
     * that read-only transactions run on a replica; {@code null} without a replica.
     */
    public SpringConnectionSource(DataSource dataSource, @Nullable ReplicaRouting routing) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.routing = routing;
    }

    @Override
    public Connection acquire() throws SQLException {
        try {
            return DataSourceUtils.doGetConnection(dataSource);
        } catch (SQLException e) {
            io.alchemy.exc.PoolTimeoutError timeout = io.alchemy.exc.PoolTimeoutError.ofHikariTimeout(dataSource, e);
            if (timeout != null) {
                throw timeout;
            }
            throw e;
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        DataSourceUtils.doReleaseConnection(connection, dataSource);
    }

    /** Whether {@code connection} is the one bound to the current Spring transaction (or synchronization scope). */
    @Override
    public boolean isExternallyManaged(Connection connection) {
        return DataSourceUtils.isConnectionTransactional(connection, dataSource);
    }

    /** Marks the current Spring transaction rollback-only, when {@code connection} belongs to it. */
    @Override
    public void markRollbackOnly(Connection connection) {
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && isExternallyManaged(connection)) {
            holder.setRollbackOnly();
        }
    }

    /**
     * {@link #REPLICA} for the connection of a read-only transaction that the routing took from the replica,
     * {@link #PRIMARY} for all others.
     */
    @Override
    public String target(Connection connection) {
        if (routing == null) {
            return PRIMARY;
        }
        try {
            return routing.target(connection);
        } catch (SQLException e) {
            return PRIMARY; // the statement that follows reports what is wrong with the connection
        }
    }

    /** The primary's own {@code DataSource} (outside Spring's transactions), when a replica is configured. */
    @Override
    public @Nullable ConnectionSource primarySource() {
        DataSource primary = routing == null ? null : routing.primary();
        return primary == null ? null : new PrimaryConnections(primary);
    }

    /** The data source this source draws from. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String describe() {
        return "Spring-managed " + dataSource.getClass().getName();
    }

    /** Leaves the {@code DataSource} open: the application context owns it. */
    @Override
    public void close() {
    }

    /** Connections of the primary taken outside Spring's transactions, for statements that ask for the primary. */
    private record PrimaryConnections(DataSource primary) implements ConnectionSource {
        @Override
        public Connection acquire() throws SQLException {
            return primary.getConnection();
        }

        @Override
        public void release(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public String describe() {
            return "primary " + primary.getClass().getName();
        }

        @Override
        public void close() {
        }
    }
}
