package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/**
 * A flush or commit failed, its transaction was rolled back in the database (or lost with its connection), and the Session refuses further work until
 * {@code rollback()} (or {@code close()}) has put its objects back in order (SQLAlchemy's {@code PendingRollbackError}).
 */
public class PendingRollbackError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public PendingRollbackError(String message, Throwable cause) {
        super(message, cause);
    }
}
