/**
 * The SQL expression language: immutable statements and column expressions, compiled for a {@link io.alchemy.sql.SqlDialect}.
 *
 * <p>Statements are generative: {@code where}, {@code values}, {@code orderBy}, … return a new statement and leave
 * the receiver unchanged, so their result must be used ({@code stmt = stmt.where(x)}); the package is
 * {@code @CheckReturnValue} so that errorprone and IDEs flag a dropped result.
 */
@NullMarked
@CheckReturnValue
package io.alchemy.sql;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
