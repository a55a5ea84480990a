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

    public DBAPIError(String sql, List<?> params, SQLException cause) {
        super("(" + cause.getClass().getName() + ") " + cause.getMessage(), sql, params, cause);
    }

    /** The driver's SQLState, or {@code null} when it gave none. */
    public @Nullable String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }

    /** The driver's vendor error code. */
    public int vendorCode() {
        return getCause() instanceof SQLException e ? e.getErrorCode() : 0;
    }
}
