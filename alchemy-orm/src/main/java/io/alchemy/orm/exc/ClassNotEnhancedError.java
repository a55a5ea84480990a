package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/** A mapped class was not enhanced at build time, so the ORM cannot see reads and writes of its fields; the message says how to add the enhancer to the build. */
public class ClassNotEnhancedError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public ClassNotEnhancedError(String message) {
        super(message);
    }

    public ClassNotEnhancedError(String message, Throwable cause) {
        super(message, cause);
    }
}
