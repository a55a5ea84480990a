package io.alchemy.benchmarks.harness;

/** How many JDBC statement executions one operation of a contender must cause: exactly, or within a range. */
public record Statements(long min, long max) {
    public Statements {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("Bad statement range " + min + ".." + max);
        }
    }

    /** Exactly {@code count} per operation. */
    public static Statements exactly(long count) {
        return new Statements(count, count);
    }

    /** Between {@code min} and {@code max} per operation (sequence fetches that come every few operations). */
    public static Statements between(long min, long max) {
        return new Statements(min, max);
    }

    /** Whether {@code total} executions over {@code ops} operations fit. */
    public boolean allows(long total, long ops) {
        return total >= min * ops && total <= max * ops;
    }

    @Override
    public String toString() {
        return min == max ? String.valueOf(min) : min + ".." + max;
    }
}
