/**
 * Auto-configuration of the Alchemy repositories (alchemy-spring-data): interfaces extending
 * {@code AlchemyRepository} in the application's packages become beans, unless {@code alchemy.repositories.enabled}
 * is false.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure.data;

import org.jspecify.annotations.NullMarked;
