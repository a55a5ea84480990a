package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.EngineOptions;

/**
 * A callback that adjusts the options of the auto-configured {@code Engine} before it is built: declare a bean of
 * this type to add listeners, change the cache size, or anything else {@link EngineOptions.Builder} offers. Applied
 * after the {@code alchemy.*} properties, in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface EngineOptionsCustomizer {

    /** Adjusts {@code options}, which already holds the values from {@link AlchemyProperties}. */
    void customize(EngineOptions.Builder options);
}
