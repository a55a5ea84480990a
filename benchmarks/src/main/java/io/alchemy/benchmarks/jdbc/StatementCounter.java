package io.alchemy.benchmarks.jdbc;

/**
 * Counts what reaches the JDBC driver through {@link CountingDataSource}: statement executions (one per
 * {@code execute*} call; a whole {@code executeBatch} is one) and parameter sets added to batches. The benchmarks
 * are single-threaded, so plain fields suffice and cost next to nothing in the measured path.
 */
public final class StatementCounter {
    private static long executions;
    private static long batchedParameterSets;

    private StatementCounter() {
    }

    static void executed() {
        executions++;
    }

    static void batched() {
        batchedParameterSets++;
    }

    /** Statement executions since the JVM started. */
    public static long executions() {
        return executions;
    }

    /** Parameter sets added to JDBC batches since the JVM started. */
    public static long batchedParameterSets() {
        return batchedParameterSets;
    }
}
