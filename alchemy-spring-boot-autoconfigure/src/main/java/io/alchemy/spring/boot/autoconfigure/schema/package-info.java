/**
 * {@code alchemy.ddl-auto}'s values and its validation: the differences between mapped tables and the database's
 * ({@link io.alchemy.spring.boot.autoconfigure.schema.SchemaValidator}), reported at start-up by a failure analyzer.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure.schema;

import org.jspecify.annotations.NullMarked;
