package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.Statement;
import io.alchemy.sql.compiler.InsertManyValuesCompiler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An engine's cache of compiled statements, keyed by dialect and {@link Executable#cacheKey()}, and of the
 * insertmanyvalues plans of executemany INSERTs with RETURNING. Each entry keeps the {@link ResultPlan} that reads
 * its rows, so a cached statement's results are read without building a new plan.
 *
 * <p>Lookups take no lock: the entries live in a {@link ConcurrentHashMap} and each hit stamps its entry with a tick
 * of a use clock. The cache is bounded by approximate LRU, as SQLAlchemy's {@code LRUCache}: an insert that takes the
 * size past the bound removes, under a lock that only inserts contend for, the least recently stamped entries down
 * to nine tenths of the bound (at least one). The clock is a plain counter whose concurrent increments may collide:
 * two entries may then share a tick, which only blurs their order, never the bound.
 *
 * <p>Each lookup also tells how the compiled form was obtained, for SQLAlchemy's echo badge ({@code generated in …s},
 * {@code cached since …s ago}, {@code no key …s}, {@code caching disabled …s}); the badge's text is made only when
 * asked for ({@link Lookup#badge()}), that is when a listener receives the statement's event.
 */
final class CompiledCache {
    private final int maxSize;
    private final ConcurrentHashMap<Key, Entry> entries;
    private final ReentrantLock pruning = new ReentrantLock();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    /** The use clock; racy increments are harmless (see the class comment). */
    private long clock;

    CompiledCache(int maxSize) {
        this.maxSize = maxSize;
        this.entries = new ConcurrentHashMap<>(Math.max(16, Math.min(maxSize, 1024)));
    }

    /** How a lookup obtained its compiled form: what the echo badge says. */
    enum Origin {
        GENERATED("generated in "), CACHED("cached since "), NO_KEY("no key "), DISABLED("caching disabled ");

        private final String prefix;

        Origin(String prefix) {
            this.prefix = prefix;
        }
    }

    /**
     * A compiled form (or insertmanyvalues plan), the plan reading its rows, and how it was obtained: {@code nanos} is
     * the compile time, or for a cached entry its age.
     */
    static final class Lookup {
        private final Object value;
        private final ResultPlan results;
        private final Origin origin;
        private final long nanos;

        private Lookup(Object value, ResultPlan results, Origin origin, long nanos) {
            this.value = value;
            this.results = results;
            this.origin = origin;
            this.nanos = nanos;
        }

        Compiled compiled() {
            return (Compiled) value;
        }

        InsertManyValues plan() {
            return (InsertManyValues) value;
        }

        ResultPlan results() {
            return results;
        }

        Origin origin() {
            return origin;
        }

        /** SQLAlchemy's echo badge: {@code generated in 0.00012s}, {@code cached since 0.5s ago}, … */
        String badge() {
            double seconds = nanos / 1e9;
            return origin == Origin.CACHED ? origin.prefix + PythonRepr.general(seconds, 4) + "s ago"
                    : origin.prefix + String.format(Locale.ROOT, "%.5fs", seconds);
        }
    }

    /**
     * The lookup key. {@code parameterKeys} is the caller's own key set while looking up (no copy per execution) and
     * an immutable copy once stored; sets compare by their elements, so both kinds are equal.
     */
    private static final class Key {
        private final Dialect dialect;
        private final Object cacheKey;
        private final @Nullable Set<String> parameterKeys;
        private final boolean inlineLiterals;
        private final boolean plan;
        private final int hash;

        Key(Dialect dialect, Object cacheKey, @Nullable Set<String> parameterKeys, boolean inlineLiterals, boolean plan,
                int keysHash) {
            this.dialect = dialect;
            this.cacheKey = cacheKey;
            this.parameterKeys = parameterKeys;
            this.inlineLiterals = inlineLiterals;
            this.plan = plan;
            this.hash = ((dialect.name().hashCode() * 31 + cacheKey.hashCode()) * 31 + keysHash) * 4
                    + (inlineLiterals ? 2 : 0) + (plan ? 1 : 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && key.plan == plan
                    && key.inlineLiterals == inlineLiterals && key.cacheKey.equals(cacheKey)
                    && key.dialect.name().equals(dialect.name()) && sameKeys(key.parameterKeys, parameterKeys);
        }

        private static boolean sameKeys(@Nullable Set<String> a, @Nullable Set<String> b) {
            if (a == b) {
                return true;
            }
            if (a == null || b == null || a.size() != b.size()) {
                return false;
            }
            return a.isEmpty() || a.equals(b);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Entry {
        final Object value;
        final ResultPlan results;
        final long createdNanos;
        /** The use clock's tick at the last hit (or the insert): the LRU order. */
        volatile long lastUsed;

        Entry(Object value, ResultPlan results, long createdNanos, long lastUsed) {
            this.value = value;
            this.results = results;
            this.createdNanos = createdNanos;
            this.lastUsed = lastUsed;
        }
    }

    /**
     * The compiled form of {@code statement} for {@code dialect} and {@code options} (which carry the parameter keys
     * that decide an {@code insert(table)}'s columns), from the cache or freshly compiled.
     */
    Lookup lookup(Executable statement, Dialect dialect, CompileOptions options) {
        return lookup(statement, dialect, options.parameterKeys(), options.inlineLiterals());
    }

    /**
     * {@link #lookup(Executable, Dialect, CompileOptions)} for an execution whose (first) parameter set has the keys
     * {@code parameterKeys}: the set is not copied unless the statement is compiled and stored.
     */
    Lookup lookupForParameters(Executable statement, Dialect dialect, Set<String> parameterKeys) {
        return lookup(statement, dialect, parameterKeys, false);
    }

    private Lookup lookup(Executable statement, Dialect dialect, @Nullable Set<String> parameterKeys,
            boolean inlineLiterals) {
        return find(statement.cacheKey(), dialect, parameterKeys, inlineLiterals, false,
                options -> statement.compile(dialect, options), Compiled::resultColumns);
    }

    /** The insertmanyvalues plan of an executemany INSERT, cached beside its compiled form. */
    Lookup lookupInsertManyValues(Statement statement, Dialect dialect, CompileOptions options) {
        return find(statement.cacheKey(), dialect, options.parameterKeys(), options.inlineLiterals(), true,
                compileOptions -> InsertManyValuesCompiler.compile(dialect, statement, compileOptions),
                plan -> plan.rowForm() == null ? List.of() : plan.rowForm().resultColumns());
    }

    private <T> Lookup find(@Nullable Object cacheKey, Dialect dialect, @Nullable Set<String> parameterKeys,
            boolean inlineLiterals, boolean plan, Function<CompileOptions, T> compiler,
            Function<T, List<ResultColumn>> resultColumns) {
        long start = System.nanoTime();
        if (cacheKey == null || maxSize == 0) {
            T compiled = compiler.apply(new CompileOptions(parameterKeys, inlineLiterals));
            return new Lookup(compiled, ResultPlan.of(resultColumns.apply(compiled), dialect),
                    cacheKey == null ? Origin.NO_KEY : Origin.DISABLED, System.nanoTime() - start);
        }
        Key key = new Key(dialect, cacheKey, parameterKeys, inlineLiterals, plan, hashOf(parameterKeys));
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.lastUsed = ++clock;
            hits.increment();
            return new Lookup(entry.value, entry.results, Origin.CACHED, start - entry.createdNanos);
        }
        T compiled = compiler.apply(new CompileOptions(parameterKeys, inlineLiterals));
        ResultPlan results = ResultPlan.of(resultColumns.apply(compiled), dialect);
        Key stored = parameterKeys == null ? key : new Key(dialect, cacheKey, Set.copyOf(parameterKeys),
                inlineLiterals, plan, hashOf(parameterKeys));
        entries.put(stored, new Entry(compiled, results, start, ++clock));
        misses.increment();
        if (entries.size() > maxSize) {
            prune();
        }
        return new Lookup(compiled, results, Origin.GENERATED, System.nanoTime() - start);
    }

    /** The sum of the keys' hashes, as {@link Set#hashCode()}, without an iterator for the small immutable sets. */
    private static int hashOf(@Nullable Set<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return 0;
        }
        return keys.hashCode();
    }

    /** Removes the least recently used entries down to nine tenths of the bound; one pruner at a time. */
    private void prune() {
        pruning.lock();
        try {
            int size = entries.size();
            if (size <= maxSize) {
                return;
            }
            int keep = maxSize - maxSize / 10;
            List<Map.Entry<Key, Entry>> byUse = new ArrayList<>(entries.entrySet());
            byUse.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
            for (int i = 0; i < byUse.size() - keep; i++) {
                Map.Entry<Key, Entry> eldest = byUse.get(i);
                entries.remove(eldest.getKey(), eldest.getValue());
            }
        } finally {
            pruning.unlock();
        }
    }

    CompiledCacheStats stats() {
        return new CompiledCacheStats(hits.sum(), misses.sum(), entries.size(), maxSize);
    }

    void clear() {
        entries.clear();
    }
}
