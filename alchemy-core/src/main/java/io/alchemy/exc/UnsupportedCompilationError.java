package io.alchemy.exc;

/** The chosen dialect has no rendering for a construct (for example FULL JOIN on MySQL). */
public class UnsupportedCompilationError extends CompileError {
    private static final long serialVersionUID = 1L;

    public UnsupportedCompilationError(String message) {
        super(message);
    }

    public UnsupportedCompilationError(String message, Throwable cause) {
        super(message, cause);
    }
}
