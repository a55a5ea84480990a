package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/** An object given to the Session is not an instance of a mapped class (SQLAlchemy's {@code UnmappedInstanceError}). */
public class UnmappedInstanceError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public UnmappedInstanceError(String message) {
        super(message);
    }

    public UnmappedInstanceError(String message, Throwable cause) {
        super(message, cause);
    }
}
