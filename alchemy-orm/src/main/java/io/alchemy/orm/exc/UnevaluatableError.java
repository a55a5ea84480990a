package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/**
 * {@code SynchronizeSession.EVALUATE} met a criterion or value it cannot evaluate in Java (SQLAlchemy's
 * {@code UnevaluatableError}); use {@code FETCH} for it.
 */
public class UnevaluatableError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public UnevaluatableError(String message) {
        super(message);
    }
}
