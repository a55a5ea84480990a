package io.alchemy.spring.boot.autoconfigure;

/**
 * {@code alchemy.n-plus-one}: what the transaction-bound Sessions do when the same statement runs once per object
 * (lazy loads of one relationship, or loads of one entity by primary key, {@code alchemy.n-plus-one-threshold} times
 * in one transaction).
 */
public enum NPlusOne {
    /** Nothing is counted. */
    OFF,
    /** Each incident is logged at WARN with the fix, counted as {@code alchemy.n_plus_one} and kept for /actuator/alchemy. */
    WARN,
    /** The load reaching the threshold throws {@code NPlusOneError}: for tests. */
    RAISE
}
