package io.alchemy.engine;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Keeps a named in-memory H2 database alive for the engine's life: before the first checkout it opens a keeper
 * connection that stays open until {@link #close()}, so the database survives while the pool has no connection.
 */
final class KeepAliveConnectionSource implements ConnectionSource {
    private final String url;
    private final ConnectionSource pool;
    private java.sql.Connection keeper;
    private boolean closed;

    KeepAliveConnectionSource(String url, ConnectionSource pool) {
        this.url = url;
        this.pool = pool;
    }

    @Override
    public java.sql.Connection acquire() throws SQLException {
        keepAlive();
        return pool.acquire();
    }

    @Override
    public void release(java.sql.Connection connection) throws SQLException {
        pool.release(connection);
    }

    @Override
    public void invalidate(java.sql.Connection connection) {
        pool.invalidate(connection);
    }

    @Override
    public String describe() {
        return pool.describe();
    }

    @Override
    public synchronized void close() {
        closed = true;
        pool.close();
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // the database goes away with it, which is what closing means
            }
            keeper = null;
        }
    }

    private synchronized void keepAlive() throws SQLException {
        if (!closed && keeper == null) {
            keeper = DriverManager.getConnection(url);
        }
    }
}
