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
}
