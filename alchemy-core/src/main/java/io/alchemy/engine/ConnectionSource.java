package io.alchemy.engine;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Where an {@link Engine} gets its JDBC connections: a pool it owns, a caller's {@code DataSource}, or a framework
 * that binds connections to its own transactions (the Spring integration). An {@linkplain #isExternallyManaged
 * externally managed} connection belongs to a transaction someone else commits: Alchemy then neither changes its
 * auto-commit mode nor commits it; its rollbacks mark that transaction rollback-only.
 */
public interface ConnectionSource extends AutoCloseable {

    /** The {@linkplain #target target} of a connection to the primary database (the one that takes writes). */
    String PRIMARY = "primary";

    /** The {@linkplain #target target} of a connection to a read replica. */
    String REPLICA = "replica";

    /** Gets a JDBC connection (blocking up to the pool's timeout). */
    java.sql.Connection acquire() throws SQLException;

    /** Gives a connection back. */
    void release(java.sql.Connection connection) throws SQLException;

    /**
     * Gives back a connection that died (its physical connection was lost): it must not be handed out again. By
     * default it is released as usual, which a dead connection may refuse with an error; that error is not thrown, as
     * nothing is left to clean up.
     */
    default void invalidate(java.sql.Connection connection) {
        try {
            release(connection);
        } catch (SQLException ignored) {
            // the connection is gone; closing it can only report that again
        }
    }

    /** Whether {@code connection} takes part in a transaction managed outside Alchemy. */
    default boolean isExternallyManaged(java.sql.Connection connection) {
        return false;
    }

    /** Marks the external transaction of {@code connection} rollback-only (called when Alchemy would roll back). */
    default void markRollbackOnly(java.sql.Connection connection) {
    }

    /**
     * Which database {@code connection} leads to: {@link #PRIMARY} or {@link #REPLICA}, for metrics and for statements
     * that ask for the primary ({@link UsePrimary}). A source that routes read-only work to a replica says so; every
     * other source leads to the primary.
     */
    default String target(java.sql.Connection connection) {
        return PRIMARY;
    }

    /**
     * Where a statement asking for the primary ({@link UsePrimary}) gets a connection of its own when the connection
     * it was given leads to a replica: a source of primary connections outside any transaction, or {@code null} when
     * this source never leads to a replica.
     */
    default @Nullable ConnectionSource primarySource() {
        return null;
    }

    /** A description for logs and errors (the URL without credentials, or the DataSource's class). */
    String describe();

    /** Closes what this source owns (a pool it created); a caller's DataSource stays open. */
    @Override
    void close();
}
