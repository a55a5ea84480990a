package io.alchemy.exc;

/** A connection, transaction or result was used after it was closed. */
public class ResourceClosedError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public ResourceClosedError(String message) {
        super(message);
    }

    public ResourceClosedError(String message, Throwable cause) {
        super(message, cause);
    }
}
