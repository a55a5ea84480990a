/**
 * Turning repository interfaces into beans:
 * {@link io.alchemy.spring.data.config.EnableAlchemyRepositories @EnableAlchemyRepositories} and its registrar.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.data.config;

import org.jspecify.annotations.NullMarked;
