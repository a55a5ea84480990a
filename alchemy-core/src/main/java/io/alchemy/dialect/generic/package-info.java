/**
 * The dialect of no database in particular, which displays statements ({@code toString()}).
 */
@NullMarked
package io.alchemy.dialect.generic;

import org.jspecify.annotations.NullMarked;
