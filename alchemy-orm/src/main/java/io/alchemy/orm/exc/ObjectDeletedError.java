package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/** An expired object's row no longer exists when its attributes are reloaded (SQLAlchemy's {@code ObjectDeletedError}). */
public class ObjectDeletedError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public ObjectDeletedError(String message) {
        super(message);
    }

    public ObjectDeletedError(String message, Throwable cause) {
        super(message, cause);
    }
}
