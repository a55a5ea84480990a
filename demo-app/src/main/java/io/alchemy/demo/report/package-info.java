/**
 * Reports written with Alchemy Core's expression language (joins, aggregates, window functions).
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.demo.report;

import org.jspecify.annotations.NullMarked;
