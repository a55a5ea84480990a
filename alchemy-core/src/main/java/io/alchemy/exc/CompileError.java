package io.alchemy.exc;

/** A construct cannot be compiled, in general or for the chosen dialect. */
public class CompileError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    public CompileError(String message) {
        super(message);
    }

    public CompileError(String message, Throwable cause) {
        super(message, cause);
    }
}
