package io.alchemy.insight;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.Alchemy;
import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.DBAPIError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Statistics per statement shape, kept by the Engine: counts, rows, errors, bounds, reset and concurrency. */
class StatementStatisticsTest {

    @MatrixTest
    void countsExecutionsRowsAndErrorsPerShapeNotPerValue(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.builder().statementStatistics(50).build());
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE stats_t (x INTEGER)"));
            conn.execute(text("INSERT INTO stats_t (x) VALUES (:x)"), List.of(Map.of("x", 1), Map.of("x", 2),
                    Map.of("x", 3)));
            conn.execute(text("SELECT x FROM stats_t WHERE x >= :low"), Map.of("low", 1)).all();
            conn.execute(text("SELECT x FROM stats_t WHERE x >= :low"), Map.of("low", 3)).all();
            conn.execute(text("UPDATE stats_t SET x = x + 10 WHERE x < :high"), Map.of("high", 3));
            conn.commit();
            assertThatThrownBy(() -> conn.execute(text("SELECT nothing FROM no_such_table")))
                    .isInstanceOf(DBAPIError.class);
            conn.rollback();
            conn.execute(text("DROP TABLE stats_t"));
            conn.commit();
        }
        StatementStatistics stats = engine.statementStatistics();
        assertThat(stats.isEnabled()).isTrue();
        StatementStats select = stats.get("SELECT x FROM stats_t WHERE x >= ?");
        assertThat(select).isNotNull();
        assertThat(select.operation()).isEqualTo("select");
        assertThat(select.count()).isEqualTo(2);
        assertThat(select.rows()).isEqualTo(3 + 1);
        assertThat(select.errors()).isZero();
        assertThat(select.totalNanos()).isPositive();
        assertThat(select.maxNanos()).isLessThanOrEqualTo(select.totalNanos()).isPositive();
        assertThat(select.meanNanos()).isEqualTo(select.totalNanos() / 2);
        StatementStats insert = stats.get("INSERT INTO stats_t (x) VALUES (?)");
        assertThat(insert.count()).isEqualTo(1);                                    // one executemany
        assertThat(insert.rows()).isIn(3L, 0L);                                      // 0 where the driver can't tell
        assertThat(stats.get("UPDATE stats_t SET x = x + 10 WHERE x < ?").rows()).isEqualTo(2);
        StatementStats failed = stats.get("SELECT nothing FROM no_such_table");
        assertThat(failed.count()).isZero();
        assertThat(failed.errors()).isEqualTo(1);
        assertThat(stats.snapshot()).extracting(StatementStats::sql).contains("CREATE TABLE stats_t (x INTEGER)",
                "DROP TABLE stats_t");
        assertThat(stats.snapshot()).isSortedAccordingTo((a, b) -> Long.compare(b.totalNanos(), a.totalNanos()));

        stats.reset();
        assertThat(stats.snapshot()).isEmpty();
        assertThat(stats.size()).isZero();
    }

    @Test
    void anEngineWithoutThemKeepsNone() {
        try (Engine engine = Alchemy.createEngine("jdbc:h2:mem:stats_off")) {
            engine.begin(conn -> conn.execute(text("SELECT 1")).all());
            assertThat(engine.statementStatistics().isEnabled()).isFalse();
            assertThat(engine.statementStatistics().snapshot()).isEmpty();
            assertThat(engine.statementStatistics()).isSameAs(StatementStatistics.disabled());
        }
    }

    @Test
    void exactCountsFromManyThreads() throws Exception {
        int threads = 8;
        int rounds = 250;
        EngineOptions options = EngineOptions.builder().poolSize(threads).statementStatistics(20).build();
        try (Engine engine = Alchemy.createEngine("jdbc:h2:mem:stats_threads;DB_CLOSE_DELAY=-1", options)) {
            engine.begin(conn -> {
                conn.execute(text("CREATE TABLE n (x INTEGER)"));
                conn.execute(text("INSERT INTO n (x) VALUES (1), (2), (3)"));
            });
            engine.statementStatistics().reset();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    try (Connection conn = engine.connect()) {
                        for (int i = 0; i < rounds; i++) {
                            conn.execute(text("SELECT x FROM n WHERE x <= :x"), Map.of("x", 2)).all();
                            conn.execute(text("SELECT count(*) FROM n WHERE x > :x"), Map.of("x", thread)).all();
                            if (i % 10 == 0) {
                                try {
                                    conn.execute(text("SELECT nope FROM n"));
                                } catch (DBAPIError expected) {
                                    conn.rollback();
                                }
                            }
                        }
                        conn.commit();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            StatementStatistics stats = engine.statementStatistics();
            StatementStats twoRows = stats.get("SELECT x FROM n WHERE x <= ?");
            assertThat(twoRows.count()).isEqualTo((long) threads * rounds);
            assertThat(twoRows.rows()).isEqualTo(2L * threads * rounds);
            assertThat(stats.get("SELECT count(*) FROM n WHERE x > ?").count()).isEqualTo((long) threads * rounds);
            assertThat(stats.get("SELECT count(*) FROM n WHERE x > ?").rows()).isEqualTo((long) threads * rounds);
            assertThat(stats.get("SELECT nope FROM n").errors()).isEqualTo((long) threads * (rounds / 10));
            assertThat(stats.get("SELECT nope FROM n").count()).isZero();
            assertThat(stats.evictions()).isZero();
        }
    }

    @Test
    void boundedByEvictingTheTenthWithTheLeastTotalTime() {
        StatementStatistics stats = new StatementStatistics(20);
        for (int i = 1; i <= 20; i++) {
            Recording.execute(stats, "SELECT " + i, i * 1_000L, 1);
        }
        assertThat(stats.size()).isEqualTo(20);
        Recording.execute(stats, "SELECT 1", 100_000L, 1);                  // now the costliest: kept
        Recording.execute(stats, "SELECT new", 1L, 1);                      // full: evicts 2 of 20 (SELECT 2, SELECT 3)
        assertThat(stats.size()).isEqualTo(19);
        assertThat(stats.evictions()).isEqualTo(2);
        assertThat(stats.get("SELECT 2")).isNull();
        assertThat(stats.get("SELECT 3")).isNull();
        assertThat(stats.get("SELECT 1").totalNanos()).isEqualTo(101_000L);
        assertThat(stats.get("SELECT new").count()).isEqualTo(1);
        for (int i = 0; i < 1_000; i++) {
            Recording.execute(stats, "SELECT one_off_" + i, 10L, 0);
        }
        assertThat(stats.size()).isLessThanOrEqualTo(20);
        assertThat(stats.top(3)).extracting(StatementStats::sql).containsExactly("SELECT 1", "SELECT 20", "SELECT 19");
        stats.reset();
        assertThat(stats.evictions()).isZero();
    }

    @Test
    void refusesNoRoom() {
        assertThatThrownBy(() -> new StatementStatistics(0)).isInstanceOf(ArgumentError.class)
                .hasMessage("maxStatements must be at least 1, was 0");
        assertThatThrownBy(() -> EngineOptions.builder().statementStatistics(-1)).isInstanceOf(ArgumentError.class)
                .hasMessage("statementStatistics must be >= 0, was -1");
        assertThat(EngineOptions.builder().statementStatistics(7).build().toBuilder().build().statementStatistics())
                .isEqualTo(7);
    }
}
