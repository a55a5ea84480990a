/**
 * Alchemy's exceptions, after SQLAlchemy's {@code sqlalchemy.exc}: {@link io.alchemy.exc.AlchemyException} at the
 * root; {@link io.alchemy.exc.ArgumentError} and {@link io.alchemy.exc.InvalidRequestError} for misuse;
 * {@link io.alchemy.exc.StatementError} and the {@link io.alchemy.exc.DBAPIError} family for what the database said.
 */
@NullMarked
package io.alchemy.exc;

import org.jspecify.annotations.NullMarked;
