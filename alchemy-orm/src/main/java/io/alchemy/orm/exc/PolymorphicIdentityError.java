package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/**
 * A row's discriminator names no class of the inheritance hierarchy being loaded (SQLAlchemy's "No such
 * polymorphic_identity … is defined"), or a class outside the one queried.
 */
public class PolymorphicIdentityError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public PolymorphicIdentityError(String message) {
        super(message);
    }
}
