/**
 * The entry points: {@link io.alchemy.Alchemy}'s static factories ({@code createEngine}, {@code select}, {@code insert}, {@code column}, {@code inspect}, …), as SQLAlchemy's top-level namespace.
 */
@NullMarked
package io.alchemy;

import org.jspecify.annotations.NullMarked;
