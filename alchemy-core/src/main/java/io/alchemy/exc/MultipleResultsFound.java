package io.alchemy.exc;

/** At most one row was required ({@code one()}, {@code oneOrNone()}) and the result had more. */
public class MultipleResultsFound extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public MultipleResultsFound(String message) {
        super(message);
    }

    public MultipleResultsFound(String message, Throwable cause) {
        super(message, cause);
    }
}
