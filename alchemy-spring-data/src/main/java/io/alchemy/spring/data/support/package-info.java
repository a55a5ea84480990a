/**
 * How repositories run: the repository factory, the default implementation
 * ({@link io.alchemy.spring.data.support.SimpleAlchemyRepository}), and the queries derived from method names or
 * given with {@code @Query}. Not API: applications use the interfaces of {@code io.alchemy.spring.data}.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.data.support;

import org.jspecify.annotations.NullMarked;
