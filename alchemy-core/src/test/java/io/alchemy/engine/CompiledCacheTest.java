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

    /** An executable that counts its compilations. */
    private record CountingStatement(String sql, Object cacheKey, AtomicInteger compiles) implements Executable {
        @Override
        public Compiled compile(io.alchemy.sql.SqlDialect dialect) {
            compiles.incrementAndGet();
            return Compiled.of(sql, StatementKind.SELECT);
        }
    }
}
