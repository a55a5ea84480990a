/**
 * The {@link io.alchemy.spring.boot.test.autoconfigure.AlchemyTest @AlchemyTest} test slice.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
