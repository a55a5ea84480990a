package io.alchemy.insight;

/**
 * The statistics of one statement shape: every execution of the same SQL text, whatever its parameter values.
 *
 * @param sql the statement's SQL text, with its placeholders (never the values)
 * @param operation {@code select}, {@code insert}, {@code update}, {@code delete}, {@code ddl} or {@code other}
 * @param count successful executions (an executemany counts once)
 * @param totalNanos time spent in the driver by the successful executions
 * @param maxNanos the longest successful execution
 * @param rows rows returned by queries plus rows affected by DML (unknown counts and streamed results add nothing)
 * @param errors executions that failed
 */
public record StatementStats(String sql, String operation, long count, long totalNanos, long maxNanos, long rows,
        long errors) {

    /** The mean time of a successful execution, in nanoseconds; 0 when none succeeded. */
    public long meanNanos() {
        return count == 0 ? 0 : totalNanos / count;
    }
}
