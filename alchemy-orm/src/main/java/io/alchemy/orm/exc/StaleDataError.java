package io.alchemy.orm.exc;

import io.alchemy.exc.AlchemyException;

/** An UPDATE or DELETE of the unit of work matched another number of rows than expected: the row was changed or deleted underneath, which a version counter detects (SQLAlchemy's {@code StaleDataError}). */
public class StaleDataError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    public StaleDataError(String message) {
        super(message);
    }

    public StaleDataError(String message, Throwable cause) {
        super(message, cause);
    }
}
