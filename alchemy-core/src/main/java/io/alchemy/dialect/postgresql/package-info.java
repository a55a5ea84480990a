/**
 * The PostgreSQL dialect.
 */
@NullMarked
package io.alchemy.dialect.postgresql;

import org.jspecify.annotations.NullMarked;
