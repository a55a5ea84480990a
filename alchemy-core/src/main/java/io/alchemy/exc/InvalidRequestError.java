package io.alchemy.exc;

/** The requested operation cannot be done in the current state (SQLAlchemy's {@code InvalidRequestError}). */
public class InvalidRequestError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestError(String message) {
        super(message);
    }

    public InvalidRequestError(String message, Throwable cause) {
        super(message, cause);
    }
}
