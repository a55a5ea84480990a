package io.alchemy.engine;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The connections of read-only work: from the replica, or from the primary while {@link ReadYourWrites} pins the
 * current scope. Remembers where each connection came from, to give it back there and to report its
 * {@linkplain #target target}. Closing it closes the replica's source; the primary's belongs to the primary engine.
 */
final class ReadRoutingSource implements ConnectionSource {
    private final ConnectionSource replica;
    private final ConnectionSource primary;
    private final ReadYourWrites readYourWrites;
    private final Map<java.sql.Connection, ConnectionSource> origins = Collections.synchronizedMap(new IdentityHashMap<>());

    ReadRoutingSource(ConnectionSource replica, ConnectionSource primary, ReadYourWrites readYourWrites) {
        this.replica = Objects.requireNonNull(replica, "replica");
        this.primary = Objects.requireNonNull(primary, "primary");
        this.readYourWrites = Objects.requireNonNull(readYourWrites, "readYourWrites");
    }

    @Override
    public java.sql.Connection acquire() throws SQLException {
        ConnectionSource chosen = readYourWrites.pinned() ? primary : replica;
        java.sql.Connection connection = chosen.acquire();
        origins.put(connection, chosen);
        return connection;
    }

    @Override
    public void release(java.sql.Connection connection) throws SQLException {
        ConnectionSource origin = origins.remove(connection);
        (origin == null ? replica : origin).release(connection);
    }

    @Override
    public void invalidate(java.sql.Connection connection) {
        ConnectionSource origin = origins.remove(connection);
        (origin == null ? replica : origin).invalidate(connection);
    }

    @Override
    public boolean isExternallyManaged(java.sql.Connection connection) {
        return origin(connection).isExternallyManaged(connection);
    }

    @Override
    public void markRollbackOnly(java.sql.Connection connection) {
        origin(connection).markRollbackOnly(connection);
    }

    @Override
    public String target(java.sql.Connection connection) {
        return origin(connection) == primary ? PRIMARY : REPLICA;
    }

    @Override
    public ConnectionSource primarySource() {
        return primary;
    }

    @Override
    public String describe() {
        return replica.describe() + " (replica of " + primary.describe() + ")";
    }

    @Override
    public void close() {
        replica.close();
    }

    private ConnectionSource origin(java.sql.Connection connection) {
        ConnectionSource origin = origins.get(connection);
        return origin == null ? replica : origin;
    }
}
