package io.alchemy.event;

/**
 * What a successful execution did.
 *
 * @param rowcount rows affected (summed over executemany), or -1 when unknown or a query
 * @param elapsedNanos time spent in the driver's execute call(s)
 */
public record StatementOutcome(long rowcount, long elapsedNanos) {
}
