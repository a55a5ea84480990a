/** The ORM's errors, modelled on SQLAlchemy's {@code sqlalchemy.orm.exc}; all extend {@link io.alchemy.exc.AlchemyException}. */
@NullMarked
package io.alchemy.orm.exc;

import org.jspecify.annotations.NullMarked;
