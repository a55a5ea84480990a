/**
 * SQL types ({@link io.alchemy.types.SqlType}): how values are bound and read, through a {@link io.alchemy.types.TypeContext} a dialect provides.
 */
@NullMarked
package io.alchemy.types;

import org.jspecify.annotations.NullMarked;
