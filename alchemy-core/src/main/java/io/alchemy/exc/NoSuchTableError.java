package io.alchemy.exc;

/** Reflection asked for a table that the database does not have. */
public class NoSuchTableError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoSuchTableError(String message) {
        super(message);
    }

    public NoSuchTableError(String message, Throwable cause) {
        super(message, cause);
    }
}
