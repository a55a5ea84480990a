package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An engine's LRU cache of compiled statements, keyed by dialect and {@link Executable#cacheKey()}. Each lookup
 * also yields SQLAlchemy's echo badge: {@code generated in …s}, {@code cached since …s ago}, {@code no key …s}
 * or {@code caching disabled …s}. Thread-safe.
 */
final class CompiledCache {
    private final int maxSize;
    private final Map<Key, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    CompiledCache(int maxSize) {
        this.maxSize = maxSize;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > CompiledCache.this.maxSize;
            }
        };
    }

    /** A compiled form and how it was obtained. */
    record Lookup(Compiled compiled, String badge) {
    }

    private record Key(String dialect, Object cacheKey, CompileOptions options) {
    }

    private record Entry(Compiled compiled, long createdNanos) {
    }

    /**
     * The compiled form of {@code statement} for {@code dialect} and {@code options} (which carry the parameter keys
     * that decide an {@code insert(table)}'s columns), from the cache or freshly compiled.
     */
    Lookup lookup(Executable statement, Dialect dialect, CompileOptions options) {
        Object cacheKey = statement.cacheKey();
        long start = System.nanoTime();
        if (cacheKey == null || maxSize == 0) {
            Compiled compiled = statement.compile(dialect, options);
            String label = cacheKey == null ? "no key" : "caching disabled";
            return new Lookup(compiled, label + " " + fixed(System.nanoTime() - start));
        }
        Key key = new Key(dialect.name(), cacheKey, options);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null) {
            hits.incrementAndGet();
            return new Lookup(entry.compiled(), "cached since " + PythonRepr.general(seconds(start - entry.createdNanos()), 4) + "s ago");
        }
        Compiled compiled = statement.compile(dialect, options);
        synchronized (entries) {
            entries.put(key, new Entry(compiled, start));
        }
        misses.incrementAndGet();
        return new Lookup(compiled, "generated in " + fixed(System.nanoTime() - start));
    }

    CompiledCacheStats stats() {
        synchronized (entries) {
            return new CompiledCacheStats(hits.get(), misses.get(), entries.size(), maxSize);
        }
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private static String fixed(long nanos) {
        return String.format(Locale.ROOT, "%.5fs", seconds(nanos));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
