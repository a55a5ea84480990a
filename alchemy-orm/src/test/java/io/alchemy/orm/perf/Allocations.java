package io.alchemy.orm.perf;

import java.lang.management.ManagementFactory;

/**
 * Bytes the current thread allocates, from the JVM's per-thread counter (deterministic, unlike timings): an operation
 * is run until warm (JIT-compiled, caches filled), then measured over several rounds, keeping the lowest round so
 * that a stray allocation of the test kit or the JIT does not count.
 */
final class Allocations {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    /** The bytes one run of {@code operation} allocates, after {@code warmUp} runs; the lowest of 3 rounds of {@code runs}. */
    static double perOperation(Runnable operation, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        double lowest = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < runs; i++) {
                operation.run();
            }
            lowest = Math.min(lowest, (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) runs);
        }
        return lowest;
    }
}
