package io.alchemy.exc;

/**
 * Root of Alchemy's exception hierarchy, modelled on SQLAlchemy's {@code sqlalchemy.exc}: every error Alchemy raises
 * is an unchecked subclass of this one, so callers can catch the whole family in one place.
 */
public class AlchemyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlchemyException(String message) {
        super(message);
    }

    public AlchemyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether running the whole transaction again may succeed: the database gave it up for a reason of the moment
     * (deadlock, serialization failure, lock wait timeout, a connection lost before COMMIT was sent), and none of it
     * was committed. False for every error that would fail the same way again, and for a {@link CommitOutcomeUnknownError}
     * (the first attempt may have committed). See {@code io.alchemy.engine.Retry}.
     */
    public boolean isRetryable() {
        return false;
    }
}
