/**
 * Database schema: {@link io.alchemy.schema.MetaData}, {@link io.alchemy.schema.Table}, columns, constraints, indexes, sequences, DDL and reflection, run through {@link io.alchemy.schema.SchemaEngine} and {@link io.alchemy.schema.SchemaConnection}.
 */
@NullMarked
package io.alchemy.schema;

import org.jspecify.annotations.NullMarked;
