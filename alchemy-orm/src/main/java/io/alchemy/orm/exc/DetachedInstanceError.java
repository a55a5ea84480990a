package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/** An attribute of an object that belongs to no Session had to be loaded (an expired or unloaded attribute), which cannot be done without a Session (SQLAlchemy's {@code DetachedInstanceError}). */
public class DetachedInstanceError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public DetachedInstanceError(String message) {
        super(message);
    }

    public DetachedInstanceError(String message, Throwable cause) {
        super(message, cause);
    }
}
