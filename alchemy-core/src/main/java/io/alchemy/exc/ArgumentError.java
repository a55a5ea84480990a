package io.alchemy.exc;

/** An argument given to an Alchemy API was invalid: a missing bind parameter, an unknown column name, a bad option. */
public class ArgumentError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    public ArgumentError(String message) {
        super(message);
    }

    public ArgumentError(String message, Throwable cause) {
        super(message, cause);
    }
}
