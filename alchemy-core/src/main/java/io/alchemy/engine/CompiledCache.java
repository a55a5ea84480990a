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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An engine's cache of compiled statements, keyed by dialect (the engine's dialect object) and
 * {@link Executable#cacheKey()}, and of the
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
    /** Each thread's lookup key, re-pointed at every lookup so that a hit allocates nothing. */
    private static final ThreadLocal<Key> PROBE = ThreadLocal.withInitial(Key::new);

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
     * A compiled form (or insertmanyvalues plan), the plan reading its rows, and how it was obtained. A hit returns
     * the cache entry itself (nothing is allocated), whose badge gives its age when asked.
     */
    static class Lookup {
        private final Object value;
        private final ResultPlan results;
        private final Origin origin;
        private final long nanos;

        Lookup(Object value, ResultPlan results, Origin origin, long nanos) {
            this.value = value;
            this.results = results;
            this.origin = origin;
            this.nanos = nanos;
        }

        final Compiled compiled() {
            return (Compiled) value;
        }

        final InsertManyValues plan() {
            return (InsertManyValues) value;
        }

        final ResultPlan results() {
            return results;
        }

        final Origin origin() {
            return origin;
        }

        /** The compile time, or for a cached entry its age. */
        long nanos() {
            return nanos;
        }

        /** SQLAlchemy's echo badge: {@code generated in 0.00012s}, {@code cached since 0.5s ago}, … */
        final String badge() {
            double seconds = nanos() / 1e9;
            return origin == Origin.CACHED ? origin.prefix + PythonRepr.general(seconds, 4) + "s ago"
                    : origin.prefix + String.format(Locale.ROOT, "%.5fs", seconds);
        }
    }

    /**
     * The lookup key. The parameter names are the caller's own while looking up (the execution's parameter map, or a
     * set of names: nothing is copied per execution) and an array of them once stored; they take part in the hash by
     * their count only, and compare as sets.
     */
    private static final class Key {
        private Dialect dialect;
        private Object cacheKey;
        /** {@code null}, a {@code Map} whose keys are the names, a {@code Set} of them, or a {@code String[]} (stored). */
        private @Nullable Object parameterKeys;
        private boolean inlineLiterals;
        private boolean plan;
        private int hash;

        Key(Dialect dialect, Object cacheKey, @Nullable Object parameterKeys, boolean inlineLiterals, boolean plan) {
            set(dialect, cacheKey, parameterKeys, inlineLiterals, plan);
        }

        /** A thread's probe, pointed at nothing yet. */
        @SuppressWarnings("NullAway.Init")
        private Key() {
            cacheKey = this;
        }

        /**
         * Points this key at a lookup: only for a thread's own probe ({@link #PROBE}), which is never stored; stored
         * keys never change.
         */
        Key set(Dialect dialect, Object cacheKey, @Nullable Object parameterKeys, boolean inlineLiterals,
                boolean plan) {
            this.dialect = dialect;
            this.cacheKey = cacheKey;
            this.parameterKeys = parameterKeys;
            this.inlineLiterals = inlineLiterals;
            this.plan = plan;
            this.hash = ((dialect.hashCode() * 31 + cacheKey.hashCode()) * 31 + count(parameterKeys)) * 4
                    + (inlineLiterals ? 2 : 0) + (plan ? 1 : 0);
            return this;
        }

        /** Lets go of what the probe pointed at (the statement and the parameters of the last lookup). */
        void release() {
            cacheKey = this;
            parameterKeys = null;
        }

        /** This key as stored: its parameter names copied into an array. */
        Key stored() {
            if (parameterKeys == null || parameterKeys instanceof String[]) {
                return this;
            }
            Collection<?> names = parameterKeys instanceof Map<?, ?> map ? map.keySet() : (Collection<?>) parameterKeys;
            return new Key(dialect, cacheKey, names.toArray(new String[0]), inlineLiterals, plan);
        }

        /** The parameter names as a set, for the compiler. */
        static @Nullable Set<String> names(@Nullable Object parameterKeys) {
            if (parameterKeys == null) {
                return null;
            }
            if (parameterKeys instanceof String[] array) {
                return Set.of(array);
            }
            @SuppressWarnings("unchecked")
            Set<String> names = parameterKeys instanceof Map<?, ?> map ? (Set<String>) map.keySet()
                    : (Set<String>) parameterKeys;
            return names;
        }

        private static int count(@Nullable Object names) {
            return names == null ? -1 : names instanceof String[] array ? array.length
                    : names instanceof Map<?, ?> map ? map.size() : ((Collection<?>) names).size();
        }

        private static boolean contains(Object names, String name) {
            if (names instanceof String[] array) {
                for (String each : array) {
                    if (Objects.equals(each, name)) {
                        return true;
                    }
                }
                return false;
            }
            return names instanceof Map<?, ?> map ? map.containsKey(name) : ((Collection<?>) names).contains(name);
        }

        private static boolean sameNames(@Nullable Object a, @Nullable Object b) {
            if (a == b) {
                return true;
            }
            if (a == null || b == null || count(a) != count(b)) {
                return false;
            }
            if (!(a instanceof String[]) && b instanceof String[]) {
                return sameNames(b, a);
            }
            if (a instanceof String[] array) {
                for (String name : array) {
                    if (!contains(b, name)) {
                        return false;
                    }
                }
                return true;
            }
            return Objects.equals(names(a), names(b));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && key.plan == plan
                    && key.inlineLiterals == inlineLiterals && key.cacheKey.equals(cacheKey)
                    && key.dialect.equals(dialect) && sameNames(key.parameterKeys, parameterKeys);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A cached compiled form: what a hit returns, its age counted when its badge is asked for. */
    private static final class Entry extends Lookup {
        private final long createdNanos;
        /** The use clock's tick at the last hit (or the insert): the LRU order. */
        volatile long lastUsed;

        Entry(Object value, ResultPlan results, long createdNanos, long lastUsed) {
            super(value, results, Origin.CACHED, 0);
            this.createdNanos = createdNanos;
            this.lastUsed = lastUsed;
        }

        @Override
        long nanos() {
            return System.nanoTime() - createdNanos;
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
     * {@link #lookup(Executable, Dialect, CompileOptions)} for an execution whose (first) parameter set is
     * {@code parameters}: its names are not copied unless the statement is compiled and stored.
     */
    Lookup lookupForParameters(Executable statement, Dialect dialect, Map<String, ?> parameters) {
        return lookup(statement, dialect, parameters, false);
    }

    private Lookup lookup(Executable statement, Dialect dialect, @Nullable Object parameterKeys,
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

    private <T> Lookup find(@Nullable Object cacheKey, Dialect dialect, @Nullable Object parameterKeys,
            boolean inlineLiterals, boolean plan, Function<CompileOptions, T> compiler,
            Function<T, List<ResultColumn>> resultColumns) {
        if (cacheKey == null || maxSize == 0) {
            long start = System.nanoTime();
            T compiled = compiler.apply(new CompileOptions(Key.names(parameterKeys), inlineLiterals));
            return new Lookup(compiled, ResultPlan.of(resultColumns.apply(compiled), dialect),
                    cacheKey == null ? Origin.NO_KEY : Origin.DISABLED, System.nanoTime() - start);
        }
        Key probe = PROBE.get().set(dialect, cacheKey, parameterKeys, inlineLiterals, plan);
        Entry entry = entries.get(probe);
        probe.release();
        if (entry != null) {
            entry.lastUsed = ++clock;
            hits.increment();
            return entry;
        }
        long start = System.nanoTime();
        T compiled = compiler.apply(new CompileOptions(Key.names(parameterKeys), inlineLiterals));
        ResultPlan results = ResultPlan.of(resultColumns.apply(compiled), dialect);
        Key key = new Key(dialect, cacheKey, parameterKeys, inlineLiterals, plan).stored();
        entries.put(key, new Entry(compiled, results, start, ++clock));
        misses.increment();
        if (entries.size() > maxSize) {
            prune();
        }
        return new Lookup(compiled, results, Origin.GENERATED, System.nanoTime() - start);
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
