package io.alchemy.exc;

/**
 * No engine was found to run a statement on (SQLAlchemy's {@code UnboundExecutionError}): a Session bound per class or
 * table, without a default engine, was given a statement or object none of its binds covers.
 */
public class UnboundExecutionError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public UnboundExecutionError(String message) {
        super(message);
    }
}
