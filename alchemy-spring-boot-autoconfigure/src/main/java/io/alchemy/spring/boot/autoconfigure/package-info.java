/**
 * Spring Boot auto-configuration for Alchemy: an {@code Engine} built from the application's {@code DataSource},
 * whose connections join Spring-managed transactions (see {@link io.alchemy.spring.boot.autoconfigure.SpringConnectionSource}),
 * configured through {@code alchemy.*} properties ({@link io.alchemy.spring.boot.autoconfigure.AlchemyProperties}).
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
