/**
 * What the application's data access does, gathered for {@code /actuator/alchemy}: the Engine's statement statistics
 * and compiled cache, the connection pool, the Sessions' recent N+1 incidents and their flush counts
 * ({@link io.alchemy.spring.boot.autoconfigure.insight.AlchemyEndpoint}).
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure.insight;

import org.jspecify.annotations.NullMarked;
