/**
 * Spring Data repositories over the Alchemy ORM: {@link io.alchemy.spring.data.AlchemyRepository} and the
 * {@link io.alchemy.spring.data.Query @Query} annotation for hand-written queries.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.data;

import org.jspecify.annotations.NullMarked;
