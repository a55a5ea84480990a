package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC driver raised an error (SQLAlchemy's {@code DBAPIError}). Subclasses classify it from the SQLState and
 * vendor code, per dialect; {@link #sqlState()} and {@link #vendorCode()} keep the raw values.
 */
public class DBAPIError extends StatementError {
    private static final long serialVersionUID = 1L;

    private boolean connectionInvalidated;
    private boolean retryable;

    public DBAPIError(String sql, List<?> params, SQLException cause) {
        super("(" + cause.getClass().getName() + ") " + cause.getMessage(), sql, params, cause);
    }

    /** The driver's SQLState, or {@code null} when it gave none. */
    public @Nullable String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }

    /**
     * Whether the error means the connection to the database was lost (SQLAlchemy's
     * {@code DBAPIError.connection_invalidated}): the connection was then invalidated (discarded from the pool, never
     * handed out again) and its transaction is gone with it.
     */
    public boolean connectionInvalidated() {
        return connectionInvalidated;
    }

    /**
     * Marks this error as a lost connection (see {@link #connectionInvalidated()}); set by the dialect's error
     * classification, not meant for applications.
     */
    public DBAPIError markConnectionInvalidated() {
        this.connectionInvalidated = true;
        return this;
    }

    /**
     * Marks this error as transient (see {@link #isRetryable()}); set by the dialect's error classification, not meant
     * for applications.
     */
    public DBAPIError markRetryable(boolean retryable) {
        this.retryable = retryable;
        return this;
    }

    /**
     * Whether the transaction may succeed when run again: a deadlock, a serialization failure, a lock wait timeout, or a
     * lost connection outside COMMIT (the transaction was rolled back with it).
     */
    @Override
    public boolean isRetryable() {
        return retryable;
    }

    /** The driver's vendor error code. */
    public int vendorCode() {
        return getCause() instanceof SQLException e ? e.getErrorCode() : 0;
    }
}
