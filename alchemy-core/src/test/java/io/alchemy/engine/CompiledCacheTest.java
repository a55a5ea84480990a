package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.StatementKind;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine's compiled-statement cache: keyed by statement structure, bounded, with hit and miss counters. */
class CompiledCacheTest {

    @MatrixTest
    void aStatementExecutedTwiceIsCompiledOnce(TestDatabase db) {
        AtomicInteger compiles = new AtomicInteger();
        CountingStatement statement = new CountingStatement("SELECT 1", "key", compiles);
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            conn.execute(statement).all();
            conn.execute(statement).all();
        }
        try (Connection conn = engine.connect()) {
            conn.execute(new CountingStatement("SELECT 1", "key", compiles)).all();           // equal key: no compile either
        }
        assertThat(compiles.get()).isEqualTo(1);
        assertThat(engine.compiledCacheStats()).isEqualTo(new CompiledCacheStats(2, 1, 1, 500));
    }

    @MatrixTest
    void statementsWithoutAKeyAreCompiledEveryTime(TestDatabase db) {
        AtomicInteger compiles = new AtomicInteger();
        CountingStatement ddl = new CountingStatement("SELECT 2", null, compiles);
        Engine engine = db.engine();
        try (Connection conn = engine.connect(); LogCapture echo = LogCapture.echo()) {
            engine.addListener(new EchoListener());
            conn.execute(ddl).all();
            conn.execute(ddl).all();
            assertThat(echo.linesWithoutTimings()).containsExactly("BEGIN (implicit)", "SELECT 2", "[no key …] ()",
                    "SELECT 2", "[no key …] ()");
        }
        assertThat(compiles.get()).isEqualTo(2);
        assertThat(engine.compiledCacheStats()).isEqualTo(new CompiledCacheStats(0, 0, 0, 500));
    }

    @MatrixTest
    void theCacheEvictsTheLeastRecentlyUsed(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.builder().compiledCacheSize(2).build());
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1")).all();
            conn.execute(text("SELECT 2")).all();
            conn.execute(text("SELECT 1")).all();                                    // hit; SELECT 2 is now eldest
            conn.execute(text("SELECT 3")).all();                                    // evicts SELECT 2
            conn.execute(text("SELECT 1")).all();                                    // hit
            conn.execute(text("SELECT 2")).all();                                    // miss again
        }
        assertThat(engine.compiledCacheStats()).isEqualTo(new CompiledCacheStats(2, 4, 2, 2));
    }

    @MatrixTest
    void aZeroSizedCacheDisablesCaching(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.builder().compiledCacheSize(0).echo(true).build());
        try (Connection conn = engine.connect(); LogCapture echo = LogCapture.echo()) {
            conn.execute(text("SELECT 1")).all();
            conn.execute(text("SELECT 1")).all();
            assertThat(echo.lines().get(4)).matches("\\[caching disabled \\d\\.\\d{5}s\\] \\(\\)");
        }
        assertThat(engine.compiledCacheStats()).isEqualTo(new CompiledCacheStats(0, 0, 0, 0));
    }

    @org.junit.jupiter.api.Test
    void concurrentLookupsStayCorrectAndBounded() throws Exception {
        int threads = 8;
        int shapes = 40;
        int rounds = 2_000;
        CompiledCache cache = new CompiledCache(16);
        io.alchemy.dialect.Dialect dialect = io.alchemy.testing.TestDialects.SQLITE;
        AtomicInteger compiles = new AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                start.await();
                int wrong = 0;
                for (int i = 0; i < rounds; i++) {
                    int shape = (i * 7 + seed * 13) % shapes;
                    String sql = "SELECT " + shape;
                    CompiledCache.Lookup lookup = cache.lookupForParameters(
                            new CountingStatement(sql, "shape " + shape, compiles), dialect, java.util.Map.of());
                    if (!lookup.compiled().sql().equals(sql)) {
                        wrong++;                                   // another shape's compiled form: a broken key
                    }
                }
                return wrong;
            }));
        }
        start.countDown();
        int wrong = 0;
        for (java.util.concurrent.Future<Integer> result : results) {
            wrong += result.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        CompiledCacheStats stats = cache.stats();
        assertThat(wrong).isZero();
        assertThat(stats.hits() + stats.misses()).isEqualTo((long) threads * rounds);
        assertThat(stats.misses()).isEqualTo(compiles.get());
        assertThat(stats.size()).isLessThanOrEqualTo(16);
        // every shape that is still cached is answered without compiling again
        int before = compiles.get();
        CompiledCache.Lookup again = cache.lookupForParameters(new CountingStatement("SELECT 0", "shape 0", compiles),
                dialect, java.util.Map.of());
        assertThat(again.compiled().sql()).isEqualTo("SELECT 0");
        assertThat(compiles.get() - before).isLessThanOrEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void evictionKeepsTheRecentlyUsedEntries() {
        CompiledCache cache = new CompiledCache(10);
        io.alchemy.dialect.Dialect dialect = io.alchemy.testing.TestDialects.SQLITE;
        AtomicInteger compiles = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            cache.lookupForParameters(new CountingStatement("SELECT " + i, "k" + i, compiles), dialect, java.util.Map.of());
        }
        cache.lookupForParameters(new CountingStatement("SELECT 0", "k0", compiles), dialect, java.util.Map.of());
        cache.lookupForParameters(new CountingStatement("SELECT 10", "k10", compiles), dialect, java.util.Map.of());
        // past the bound: the least recently used go, down to nine tenths (9 entries); k0 was just used, k1 goes first
        assertThat(cache.stats().size()).isEqualTo(9);
        int before = compiles.get();
        cache.lookupForParameters(new CountingStatement("SELECT 0", "k0", compiles), dialect, java.util.Map.of());
        cache.lookupForParameters(new CountingStatement("SELECT 10", "k10", compiles), dialect, java.util.Map.of());
        assertThat(compiles.get()).isEqualTo(before);
        cache.lookupForParameters(new CountingStatement("SELECT 1", "k1", compiles), dialect, java.util.Map.of());
        assertThat(compiles.get()).isEqualTo(before + 1);
    }

    /** An executable that counts its compilations. */
    private record CountingStatement(String sql, Object cacheKey, AtomicInteger compiles) implements Executable {
        @Override
        public Compiled compile(io.alchemy.sql.SqlDialect dialect) {
            compiles.incrementAndGet();
            return Compiled.of(sql, StatementKind.SELECT);
        }
    }
}
