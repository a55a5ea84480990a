package io.alchemy.exc;

/** A single row was required ({@code one()}, {@code scalarOne()}) and the result had none. */
public class NoResultFound extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoResultFound(String message) {
        super(message);
    }

    public NoResultFound(String message, Throwable cause) {
        super(message, cause);
    }
}
