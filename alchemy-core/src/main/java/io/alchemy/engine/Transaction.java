package io.alchemy.engine;

/**
 * A transaction begun explicitly with {@link Connection#begin()}, or a savepoint from
 * {@link Connection#beginNested()}. Closing one that was neither committed nor rolled back rolls it back.
 */
public interface Transaction extends AutoCloseable {

    /** Commits (for a savepoint: releases it). */
    void commit();

    /** Rolls back (for a savepoint: rolls back to it, the outer transaction goes on). */
    void rollback();

    /** Whether this transaction can still be committed or rolled back. */
    boolean isActive();

    /** Whether this is a savepoint. */
    boolean isNested();

    /** Rolls back if still active. */
    @Override
    void close();
}
