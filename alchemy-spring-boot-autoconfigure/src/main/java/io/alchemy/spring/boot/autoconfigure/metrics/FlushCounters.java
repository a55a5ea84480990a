package io.alchemy.spring.boot.autoconfigure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code alchemy.session.objects}: objects written by Session flushes, by {@code operation} (insert, update, delete). */
public final class FlushCounters {
    /** Counts nothing (no MeterRegistry). */
    public static final FlushCounters NONE = new FlushCounters(null, null, null);

    private final Counter inserted;
    private final Counter updated;
    private final Counter deleted;

    private FlushCounters(Counter inserted, Counter updated, Counter deleted) {
        this.inserted = inserted;
        this.updated = updated;
        this.deleted = deleted;
    }

    /** The three counters, registered in {@code registry}. */
    public static FlushCounters of(MeterRegistry registry) {
        return new FlushCounters(counter(registry, "insert"), counter(registry, "update"), counter(registry, "delete"));
    }

    private static Counter counter(MeterRegistry registry, String operation) {
        return Counter.builder("alchemy.session.objects").tag("operation", operation)
                .description("Objects written by Session flushes").register(registry);
    }

    void flushed(int insertedCount, int updatedCount, int deletedCount) {
        if (inserted != null) {
            inserted.increment(insertedCount);
            updated.increment(updatedCount);
            deleted.increment(deletedCount);
        }
    }
}
