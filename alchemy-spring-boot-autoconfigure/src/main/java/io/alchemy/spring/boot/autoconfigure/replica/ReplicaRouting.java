package io.alchemy.spring.boot.autoconfigure.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.alchemy.engine.ConnectionSource;
import io.alchemy.engine.ReadYourWrites;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The routing between the primary and the read replica: the replica's HikariCP pool, the read-your-writes policy, and
 * the {@link #wrap wrapping} of the primary {@code DataSource} in a {@link LazyConnectionDataSourceProxy} whose
 * read-only connections come from the replica (or from the primary while read-your-writes pins the current request).
 * It remembers which pool each connection came from ({@link #target}), for metrics and for statements asking for the
 * primary. Closing it closes the replica's pool.
 */
public final class ReplicaRouting implements AutoCloseable {
    private final HikariDataSource replica;
    private final ReadYourWrites readYourWrites;
    private final Map<Connection, String> targets = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile @Nullable DataSource primary;

    /** Routing to {@code replica} (a pool not yet started), pinning as {@code readYourWrites} says. */
    public ReplicaRouting(HikariDataSource replica, ReadYourWrites readYourWrites) {
        this.replica = Objects.requireNonNull(replica, "replica");
        this.readYourWrites = Objects.requireNonNull(readYourWrites, "readYourWrites");
    }

    /**
     * The primary {@code DataSource} behind a proxy whose connections are taken on first use: from the replica when
     * the transaction is read-only by then, from {@code primary} otherwise.
     */
    public LazyConnectionDataSourceProxy wrap(DataSource primary) {
        this.primary = Objects.requireNonNull(primary, "primary");
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
        proxy.setReadOnlyDataSource(new ReadOnlyDataSource(primary));
        return proxy;
    }

    /**
     * {@link ConnectionSource#PRIMARY} or {@link ConnectionSource#REPLICA}: where {@code connection} (one handed out
     * by the wrapped {@code DataSource}) leads. The connection is taken from its pool now if it was not yet: the
     * Engine asks only when it is about to use it. (Not by {@code isReadOnly()}, which some drivers answer for the
     * database rather than the connection.)
     */
    public String target(Connection connection) throws SQLException {
        Connection physical = connection instanceof ConnectionProxy proxy ? proxy.getTargetConnection() : connection;
        return targets.getOrDefault(physical, ConnectionSource.PRIMARY);
    }

    /** The primary {@code DataSource} itself (not Spring-managed), for statements that ask for the primary. */
    public @Nullable DataSource primary() {
        return primary;
    }

    /** The replica's pool. */
    public HikariDataSource replica() {
        return replica;
    }

    /** The read-your-writes policy. */
    public ReadYourWrites readYourWrites() {
        return readYourWrites;
    }

    /** Closes the replica's pool. */
    @Override
    public void close() {
        replica.close();
    }

    /** The read-only {@code DataSource} of the proxy: the replica, or the primary while the request is pinned. */
    private final class ReadOnlyDataSource implements DataSource {
        private final DataSource primary;

        ReadOnlyDataSource(DataSource primary) {
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (readYourWrites.pinned()) {
                Connection connection = primary.getConnection();
                connection.setReadOnly(true);
                targets.put(connection, ConnectionSource.PRIMARY);
                return connection;
            }
            Connection connection = replica.getConnection();
            targets.put(connection, ConnectionSource.REPLICA);
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("The read replica's connections use the configured login");
        }

        /** No log writer: the pools log through their own loggers. */
        @Override
        public @Nullable PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(@Nullable PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("Not a wrapper of " + iface.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
