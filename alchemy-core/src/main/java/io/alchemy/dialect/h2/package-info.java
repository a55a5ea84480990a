/**
 * The H2 dialect.
 */
@NullMarked
package io.alchemy.dialect.h2;

import org.jspecify.annotations.NullMarked;
