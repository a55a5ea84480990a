package io.alchemy.spring.boot.autoconfigure.insight;

import java.util.concurrent.atomic.LongAdder;

/**
 * The Sessions' flushes that wrote something, and the objects they wrote, since start or the last reset, for
 * {@code /actuator/alchemy}. Fed by a Session listener when the ORM is there. Thread-safe.
 */
public final class FlushTotals {
    private final LongAdder flushes = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder inserted = new LongAdder();
    private final LongAdder updated = new LongAdder();
    private final LongAdder deleted = new LongAdder();

    /**
     * A snapshot.
     *
     * @param flushes flushes that wrote objects
     * @param failed flushes that failed
     * @param inserted objects inserted
     * @param updated objects updated
     * @param deleted objects deleted
     */
    public record Snapshot(long flushes, long failed, long inserted, long updated, long deleted) {
    }

    /** A flush wrote these objects. */
    public void flushed(int insertedCount, int updatedCount, int deletedCount) {
        inserted.add(insertedCount);
        updated.add(updatedCount);
        deleted.add(deletedCount);
        flushes.increment();
    }

    /** A flush failed. */
    public void failed() {
        failed.increment();
    }

    /** The totals now. */
    public Snapshot snapshot() {
        return new Snapshot(flushes.sum(), failed.sum(), inserted.sum(), updated.sum(), deleted.sum());
    }

    /** Starts from zero. */
    public void reset() {
        flushes.reset();
        failed.reset();
        inserted.reset();
        updated.reset();
        deleted.reset();
    }
}
