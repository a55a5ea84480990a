package io.alchemy.engine;

/**
 * A snapshot of an engine's compiled-statement cache.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that compiled and stored the statement
 * @param size statements currently cached
 * @param maxSize the cache's bound ({@link EngineOptions#compiledCacheSize()}); 0 means caching is off
 */
public record CompiledCacheStats(long hits, long misses, int size, int maxSize) {
}
