package io.alchemy.orm.exc;

import io.alchemy.exc.AlchemyException;

/** The unit of work cannot flush the Session's changes: a conflicting identity, a missing primary key, a failed statement (SQLAlchemy's {@code FlushError}). */
public class FlushError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    public FlushError(String message) {
        super(message);
    }

    public FlushError(String message, Throwable cause) {
        super(message, cause);
    }
}
