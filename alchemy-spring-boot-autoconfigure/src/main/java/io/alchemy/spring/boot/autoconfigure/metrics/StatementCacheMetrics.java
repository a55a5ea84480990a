package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.engine.Engine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The Engine's compiled-statement cache: {@code alchemy.statement.cache} counts lookups by {@code result} (hit,
 * miss), {@code alchemy.statement.cache.size} is the number of statements cached.
 */
public final class StatementCacheMetrics implements MeterBinder {
    private final Engine engine;

    /** The cache of {@code engine}. */
    public StatementCacheMetrics(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("alchemy.statement.cache", engine, e -> e.compiledCacheStats().hits())
                .tag("result", "hit").description("Statement compilations answered from the cache").register(registry);
        FunctionCounter.builder("alchemy.statement.cache", engine, e -> e.compiledCacheStats().misses())
                .tag("result", "miss").description("Statements compiled and cached").register(registry);
        Gauge.builder("alchemy.statement.cache.size", engine, e -> e.compiledCacheStats().size())
                .description("Compiled statements in the cache").register(registry);
    }
}
