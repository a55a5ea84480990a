package io.alchemy.spring.boot.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The rollback of a transaction whose JDBC connection has died: the database ended that transaction when the
 * connection was lost (nothing of it is committed), so a rollback that then fails on the dead connection is not an
 * error of its own, and must not replace the error that killed the transaction. A rollback that fails on a connection
 * still alive keeps failing, as in Spring.
 */
final class RollbackOnDeadConnection {
    private static final Logger log = LoggerFactory.getLogger(RollbackOnDeadConnection.class);
    private static final int VALIDATION_SECONDS = 2;

    private RollbackOnDeadConnection() {
    }

    /** Runs {@code rollback}; its failure is dropped (logged) only when the transaction's connection is dead. */
    static void rollback(DefaultTransactionStatus status, Runnable rollback) {
        try {
            rollback.run();
        } catch (RuntimeException e) {
            if (!isDead(connection(status))) {
                throw e;
            }
            log.debug("Rollback on a connection that was lost: the database has already ended the transaction", e);
        }
    }

    private static @Nullable Connection connection(DefaultTransactionStatus status) {
        if (status.getTransaction() instanceof JdbcTransactionObjectSupport transaction
                && transaction.hasConnectionHolder()) {
            return transaction.getConnectionHolder().getConnection();
        }
        return null;
    }

    /** Whether {@code connection} is closed (a pool closes a connection it found broken) or fails validation. */
    static boolean isDead(@Nullable Connection connection) {
        if (connection == null) {
            return false;
        }
        try {
            return connection.isClosed() || !connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return true;
        }
    }
}
