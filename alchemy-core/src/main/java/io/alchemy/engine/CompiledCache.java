package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.Statement;
import io.alchemy.sql.compiler.InsertManyValuesCompiler;
import io.alchemy.sql.ResultColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An engine's LRU cache of compiled statements, keyed by dialect and {@link Executable#cacheKey()}, and of the
 * insertmanyvalues plans of executemany INSERTs with RETURNING. Each entry keeps the {@link ResultPlan} that reads
 * its rows, so a cached statement's results are read without building a new plan. Each lookup
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

    /** A compiled form, the plan reading its rows, and how it was obtained. */
    record Lookup(Compiled compiled, ResultPlan results, String badge) {
    }

    /** An insertmanyvalues plan, the plan reading its batches' rows, and how it was obtained. */
    record PlanLookup(InsertManyValues plan, ResultPlan results, String badge) {
    }

    private record Key(String dialect, Object cacheKey, CompileOptions options, boolean plan) {
    }

    private record Entry(Object value, ResultPlan results, long createdNanos) {
    }

    private record Found<T>(T value, ResultPlan results, String badge) {
    }

    /**
     * The compiled form of {@code statement} for {@code dialect} and {@code options} (which carry the parameter keys
     * that decide an {@code insert(table)}'s columns), from the cache or freshly compiled.
     */
    Lookup lookup(Executable statement, Dialect dialect, CompileOptions options) {
        Found<Compiled> found = find(statement.cacheKey(), dialect, options, false,
                () -> statement.compile(dialect, options), Compiled::resultColumns);
        return new Lookup(found.value(), found.results(), found.badge());
    }

    /** The insertmanyvalues plan of an executemany INSERT, cached beside its compiled form. */
    PlanLookup lookupInsertManyValues(Statement statement, Dialect dialect, CompileOptions options) {
        Found<InsertManyValues> found = find(statement.cacheKey(), dialect, options, true,
                () -> InsertManyValuesCompiler.compile(dialect, statement, options),
                plan -> plan.rowForm() == null ? List.of() : plan.rowForm().resultColumns());
        return new PlanLookup(found.value(), found.results(), found.badge());
    }

    @SuppressWarnings("unchecked")
    private <T> Found<T> find(Object cacheKey, Dialect dialect, CompileOptions options, boolean plan,
            Supplier<T> compiler, Function<T, List<ResultColumn>> resultColumns) {
        long start = System.nanoTime();
        if (cacheKey == null || maxSize == 0) {
            T compiled = compiler.get();
            String label = cacheKey == null ? "no key" : "caching disabled";
            return new Found<>(compiled, ResultPlan.of(resultColumns.apply(compiled), dialect),
                    label + " " + fixed(System.nanoTime() - start));
        }
        Key key = new Key(dialect.name(), cacheKey, options, plan);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null) {
            hits.incrementAndGet();
            return new Found<>((T) entry.value(), entry.results(), "cached since "
                    + PythonRepr.general(seconds(start - entry.createdNanos()), 4) + "s ago");
        }
        T compiled = compiler.get();
        ResultPlan results = ResultPlan.of(resultColumns.apply(compiled), dialect);
        synchronized (entries) {
            entries.put(key, new Entry(compiled, results, start));
        }
        misses.incrementAndGet();
        return new Found<>(compiled, results, "generated in " + fixed(System.nanoTime() - start));
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
