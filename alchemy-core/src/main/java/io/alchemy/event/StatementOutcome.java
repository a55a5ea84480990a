package io.alchemy.event;

/**
 * What a successful execution did.
 *
 * @param rowcount rows affected (summed over executemany), or -1 when unknown or a query
 * @param elapsedNanos time spent in the driver's execute call(s)
 * @param rowsReturned rows a query returned, when they were all read at once; -1 for DML and streamed results
 */
public record StatementOutcome(long rowcount, long elapsedNanos, long rowsReturned) {

    /** An outcome without a count of returned rows. */
    public StatementOutcome(long rowcount, long elapsedNanos) {
        this(rowcount, elapsedNanos, -1);
    }
}
