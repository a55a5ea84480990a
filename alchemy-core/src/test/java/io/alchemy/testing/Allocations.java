package io.alchemy.testing;

import java.lang.management.ManagementFactory;

/**
 * Allocation budgets measured with the JVM's per-thread allocation counter ({@code ThreadMXBean}): an operation's
 * bytes are counted after warm-up, so that the JIT has compiled (and escape analysis removed what it can) before
 * counting. Unlike timings, the counts do not depend on the machine's load. Tests that compare two operations
 * alternate rounds and keep each one's least, which leaves out the rare one-off allocations of a round (a pool's
 * housekeeping, a JIT deoptimization).
 */
public final class Allocations {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    /** An operation whose allocations are counted. */
    @FunctionalInterface
    public interface Operation {
        /** Runs once. */
        void run() throws Exception;
    }

    /** Bytes allocated so far by the current thread. */
    public static long currentThreadBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The mean bytes one run of {@code operation} allocates: {@code warmUp} runs first, then {@code measured} counted. */
    public static double bytesPerOperation(int warmUp, int measured, Operation operation) {
        try {
            for (int i = 0; i < warmUp; i++) {
                operation.run();
            }
            long before = currentThreadBytes();
            for (int i = 0; i < measured; i++) {
                operation.run();
            }
            return (currentThreadBytes() - before) / (double) measured;
        } catch (Exception e) {
            throw new IllegalStateException("The measured operation failed: " + e, e);
        }
    }

    /**
     * The least bytes per run of each operation over {@code rounds} rounds that alternate between them, each round
     * warming up {@code warmUp} runs and counting {@code measured}.
     */
    public static double[] leastBytesPerOperation(int rounds, int warmUp, int measured, Operation... operations) {
        double[] least = new double[operations.length];
        java.util.Arrays.fill(least, Double.MAX_VALUE);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < operations.length; i++) {
                least[i] = Math.min(least[i], bytesPerOperation(warmUp, measured, operations[i]));
            }
        }
        return least;
    }

    /**
     * The least bytes one run of {@code operation} allocates: {@code warmUp} runs once, then {@code rounds} rounds of
     * {@code measured} counted runs, keeping the lowest round's mean.
     */
    public static double leastBytesPerRun(int rounds, int warmUp, int measured, Operation operation) {
        double least = bytesPerOperation(warmUp, measured, operation);
        for (int round = 1; round < rounds; round++) {
            least = Math.min(least, bytesPerOperation(0, measured, operation));
        }
        return least;
    }
}
