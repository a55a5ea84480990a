package io.alchemy.spring.boot.autoconfigure.insight;

import io.alchemy.engine.CompiledCacheStats;
import io.alchemy.insight.StatementStatistics;
import io.alchemy.insight.StatementStats;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /actuator/alchemy} answers (as JSON).
 *
 * @param statements the statement statistics: the costliest shapes by total time
 * @param statementCache the Engine's compiled-statement cache
 * @param pool the connection pool, or {@code null} when it is not HikariCP
 * @param nPlusOne the N+1 incidents
 * @param flushes the Sessions' flushes, or {@code null} without the ORM
 */
public record AlchemyReport(Statements statements, StatementCache statementCache, @Nullable PoolState pool,
        NPlusOne nPlusOne, FlushTotals.@Nullable Snapshot flushes) {

    /**
     * The statement statistics.
     *
     * @param enabled whether they are kept ({@code alchemy.statement-statistics.enabled})
     * @param maxStatements how many shapes are kept at most
     * @param kept how many are kept now
     * @param evictions how many were evicted to stay within the bound
     * @param top the costliest shapes, the most total time first
     */
    public record Statements(boolean enabled, int maxStatements, int kept, long evictions, List<Statement> top) {

        static Statements of(StatementStatistics statistics, int limit) {
            return new Statements(statistics.isEnabled(), statistics.maxStatements(), statistics.size(),
                    statistics.evictions(), statistics.top(limit).stream().map(Statement::of).toList());
        }
    }

    /**
     * One statement shape.
     *
     * @param sql its SQL text (placeholders, never values)
     * @param operation select, insert, update, delete, ddl or other
     * @param count successful executions
     * @param totalMillis their total time in the driver
     * @param meanMillis their mean time
     * @param maxMillis the longest
     * @param rows rows returned or affected
     * @param errors failed executions
     */
    public record Statement(String sql, String operation, long count, double totalMillis, double meanMillis,
            double maxMillis, long rows, long errors) {

        static Statement of(StatementStats stats) {
            return new Statement(stats.sql(), stats.operation(), stats.count(), millis(stats.totalNanos()),
                    millis(stats.meanNanos()), millis(stats.maxNanos()), stats.rows(), stats.errors());
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 1_000.0) / 1_000.0;
        }
    }

    /**
     * The compiled-statement cache.
     *
     * @param hits lookups answered from the cache
     * @param misses lookups that compiled
     * @param hitRatio hits over all lookups (0 when there were none)
     * @param size statements cached
     * @param maxSize the cache's bound
     */
    public record StatementCache(long hits, long misses, double hitRatio, int size, int maxSize) {

        static StatementCache of(CompiledCacheStats stats) {
            long lookups = stats.hits() + stats.misses();
            return new StatementCache(stats.hits(), stats.misses(), lookups == 0 ? 0 : stats.hits() / (double) lookups,
                    stats.size(), stats.maxSize());
        }
    }

    /**
     * The N+1 incidents.
     *
     * @param mode off, warn or raise ({@code alchemy.n-plus-one})
     * @param threshold loads in one transaction that make an incident
     * @param total incidents since start or the last reset
     * @param bySubject incidents per relationship ({@code User.addresses}) or entity
     * @param recent the most recent incidents, the newest first
     */
    public record NPlusOne(String mode, int threshold, long total, Map<String, Long> bySubject,
            List<NPlusOneIncidents.Incident> recent) {
    }
}
