package io.alchemy.insight;

import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.Compiled;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Statistics per statement shape, an application-side {@code pg_stat_statements}: for each SQL text an Engine
 * executed, how often it ran, its total, mean and longest time in the driver, the rows it returned or changed, and how
 * often it failed. An Engine listener; an Engine keeps one when built with
 * {@link io.alchemy.engine.EngineOptions.Builder#statementStatistics(int)}, and answers it from
 * {@link io.alchemy.engine.Engine#statementStatistics()}.
 *
 * <p><b>Bounded.</b> At most {@link #maxStatements()} shapes are kept. When a new shape arrives and the table is full,
 * the tenth of the shapes with the least total time (at least one) is evicted first, and {@link #evictions()} counts
 * them: the statements that cost the most stay, a stream of one-off statements replaces only the cheapest entries.
 * A shape evicted and seen again starts from zero.
 *
 * <p><b>Cost.</b> Recording into a known shape is a hash lookup on the SQL text and a few atomic additions, with no
 * allocation; only a new shape takes a lock. Counts are exact under concurrency; a {@link #snapshot()} taken while
 * statements run may see one execution's count before its time. An execution racing with the eviction of its own
 * shape is dropped with it. Thread-safe.
 */
public final class StatementStatistics implements ConnectionEvents {
    private static final StatementStatistics DISABLED = new StatementStatistics();

    private final int maxStatements;
    private final ConcurrentHashMap<String, Shape> shapes;
    private final LongAdder evictions = new LongAdder();

    /** Keeps at most {@code maxStatements} shapes (at least 1). */
    public StatementStatistics(int maxStatements) {
        if (maxStatements < 1) {
            throw new ArgumentError("maxStatements must be at least 1, was " + maxStatements);
        }
        this.maxStatements = maxStatements;
        this.shapes = new ConcurrentHashMap<>(Math.min(maxStatements, 1024) * 2);
    }

    private StatementStatistics() {
        this.maxStatements = 0;
        this.shapes = new ConcurrentHashMap<>(1);
    }

    /** Statistics that record nothing: those of an Engine built without them. */
    public static StatementStatistics disabled() {
        return DISABLED;
    }

    /** Whether this records executions (false for {@link #disabled()}). */
    public boolean isEnabled() {
        return maxStatements > 0;
    }

    /** The most shapes kept at once; 0 when disabled. */
    public int maxStatements() {
        return maxStatements;
    }

    /** Every shape kept, the most total time first. */
    public List<StatementStats> snapshot() {
        return top(Integer.MAX_VALUE);
    }

    /** The {@code limit} shapes with the most total time, the most first. */
    public List<StatementStats> top(int limit) {
        List<StatementStats> all = new ArrayList<>(shapes.size());
        for (Shape shape : shapes.values()) {
            all.add(shape.stats());
        }
        all.sort(Comparator.comparingLong(StatementStats::totalNanos).reversed()
                .thenComparing(StatementStats::sql));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }

    /** The statistics of one SQL text, or {@code null} when it is not kept. */
    public @Nullable StatementStats get(String sql) {
        Shape shape = shapes.get(sql);
        return shape == null ? null : shape.stats();
    }

    /** How many shapes are kept now. */
    public int size() {
        return shapes.size();
    }

    /** How many shapes were evicted to keep the table within {@link #maxStatements()} since the last reset. */
    public long evictions() {
        return evictions.sum();
    }

    /** Forgets every shape and the eviction count. */
    public void reset() {
        synchronized (shapes) {
            shapes.clear();
            evictions.reset();
        }
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        if (maxStatements == 0) {
            return;
        }
        long rows = outcome.rowsReturned() >= 0 ? outcome.rowsReturned() : Math.max(0, outcome.rowcount());
        shape(event.compiled()).succeeded(outcome.elapsedNanos(), rows);
    }

    @Override
    public void onError(StatementEvent event, RuntimeException error) {
        if (maxStatements == 0) {
            return;
        }
        shape(event.compiled()).errors.increment();
    }

    private Shape shape(Compiled compiled) {
        Shape shape = shapes.get(compiled.sql());
        return shape != null ? shape : add(compiled);
    }

    private Shape add(Compiled compiled) {
        synchronized (shapes) {
            Shape shape = shapes.get(compiled.sql());
            if (shape != null) {
                return shape;
            }
            if (shapes.size() >= maxStatements) {
                evictCheapest();
            }
            shape = new Shape(compiled.sql(), compiled.kind().tag());
            shapes.put(shape.sql, shape);
            return shape;
        }
    }

    /** Removes the tenth of the shapes (at least one) with the least total time. Called holding the lock. */
    private void evictCheapest() {
        int count = Math.max(1, maxStatements / 10);
        List<Shape> byTotal = new ArrayList<>(shapes.values());
        byTotal.sort(Comparator.comparingLong(shape -> shape.totalNanos.sum()));
        for (int i = 0; i < count && i < byTotal.size(); i++) {
            shapes.remove(byTotal.get(i).sql);
            evictions.increment();
        }
    }

    /** The counters of one shape. */
    private static final class Shape {
        final String sql;
        final String operation;
        final LongAdder count = new LongAdder();
        final LongAdder totalNanos = new LongAdder();
        final LongAdder rows = new LongAdder();
        final LongAdder errors = new LongAdder();
        final AtomicLong maxNanos = new AtomicLong();

        Shape(String sql, String operation) {
            this.sql = sql;
            this.operation = operation;
        }

        void succeeded(long nanos, long rowCount) {
            totalNanos.add(nanos);
            rows.add(rowCount);
            long max = maxNanos.get();
            while (nanos > max && !maxNanos.compareAndSet(max, nanos)) {
                max = maxNanos.get();
            }
            count.increment();
        }

        StatementStats stats() {
            return new StatementStats(sql, operation, count.sum(), totalNanos.sum(), maxNanos.get(), rows.sum(),
                    errors.sum());
        }
    }
}
