package io.alchemy.orm;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Result;
import io.alchemy.sql.Executable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SQLAlchemy's {@code Session}, transactional core: statements run on a connection the Session checks out when its
 * transaction begins (autobegin on first execute) and gives back when the transaction ends, so a Session holds no
 * connection between transactions. {@link #commit()} and {@link #rollback()} end the transaction; {@link #close()}
 * rolls back whatever is uncommitted, and the Session can be used again afterwards. The identity map and unit of
 * work come with the ORM's mapping. Not thread-safe.
 */
public class Session implements AutoCloseable {
    private final Engine engine;
    private Connection connection;

    /** A Session on {@code engine}; no connection is taken until the first statement. */
    public Session(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Executes a statement in the Session's transaction, beginning it if needed. */
    public Result execute(Executable statement) {
        return connection().execute(statement);
    }

    /** Executes a statement with named parameters in the Session's transaction. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return connection().execute(statement, parameters);
    }

    /** executemany in the Session's transaction. */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return connection().execute(statement, parameterSets);
    }

    /** The connection of the current transaction, beginning one (and checking a connection out) if needed. */
    public Connection connection() {
        if (connection == null) {
            connection = engine.connect();
        }
        return connection;
    }

    /** Whether a transaction is in progress (the Session holds a connection). */
    public boolean inTransaction() {
        return connection != null;
    }

    /** Commits the current transaction, if any, and gives its connection back. */
    public void commit() {
        if (connection != null) {
            try {
                connection.commit();
            } finally {
                release();
            }
        }
    }

    /** Rolls back the current transaction, if any, and gives its connection back. */
    public void rollback() {
        if (connection != null) {
            try {
                connection.rollback();
            } finally {
                release();
            }
        }
    }

    /** The engine this Session runs on. */
    public Engine engine() {
        return engine;
    }

    /** Rolls back whatever is uncommitted and gives the connection back; the Session stays usable. */
    @Override
    public void close() {
        release();
    }

    private void release() {
        Connection held = connection;
        connection = null;
        if (held != null && !held.isClosed()) {
            held.close();
        }
    }
}
