package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/** A class was used as a mapped class but no {@link io.alchemy.orm.Registry} maps it (SQLAlchemy's {@code UnmappedClassError}). */
public class UnmappedClassError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public UnmappedClassError(String message) {
        super(message);
    }

    public UnmappedClassError(String message, Throwable cause) {
        super(message, cause);
    }
}
