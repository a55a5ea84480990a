package io.alchemy.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * The connection was lost while COMMIT was on its way: the database may or may not have committed the transaction,
 * and nothing on this side can tell which. Never {@linkplain #isRetryable() retryable}: running the transaction again
 * may apply it twice. Check the data (or make the work idempotent) before repeating it.
 */
public class CommitOutcomeUnknownError extends OperationalError {
    private static final long serialVersionUID = 1L;

    public CommitOutcomeUnknownError(SQLException cause) {
        super(null, List.of(), new SQLException("The connection was lost during COMMIT; the transaction may or may not "
                + "have been committed: " + cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause));
        markConnectionInvalidated();
    }

    /** Always false: the first attempt may have committed. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
