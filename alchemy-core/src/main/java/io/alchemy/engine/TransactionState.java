package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.event.ConnectionEvents.SavepointAction;
import io.alchemy.exc.InvalidRequestError;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The transaction of one connection: at most one root transaction (begun explicitly or by autobegin) and a stack of
 * savepoints inside it. Ending a transaction or savepoint ends every savepoint opened after it. Fires the
 * begin/commit/rollback/savepoint events. An externally managed connection is never committed and its rollbacks
 * mark the outer transaction rollback-only; in AUTOCOMMIT mode no JDBC commit or rollback is sent. The transaction
 * ends (is no longer {@link #active()}) even when its COMMIT or ROLLBACK fails; a ROLLBACK on a connection that has
 * died is quiet, as the server discards the transaction with the connection.
 */
final class TransactionState {
    private final DefaultConnection connection;
    private final Deque<NestedTransaction> savepoints = new ArrayDeque<>(2);
    private RootTransaction root;
    private int savepointCounter;
    /** A statement error that aborted the transaction on the server (see {@link Dialect#abortsTransactionOnError}). */
    private RuntimeException abortedBy;
    /** How many savepoints were open when {@link #abortedBy} happened: rolling back to one of them clears it. */
    private int abortedAtDepth;

    TransactionState(DefaultConnection connection) {
        this.connection = connection;
    }

    boolean active() {
        return root != null;
    }

    /** Begins the root transaction; {@code implicit} for autobegin. */
    Transaction begin(boolean implicit) {
        if (root != null) {
            throw new InvalidRequestError("This connection has already initialized a Transaction via begin() or "
                    + "autobegin; can't call begin() here unless rollback() or commit() is called first.");
        }
        java.sql.Connection jdbc = connection.jdbc();
        try {
            if (!connection.externallyManaged() && !connection.autocommitMode() && jdbc.getAutoCommit()) {
                jdbc.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw connection.translate(e, "BEGIN");
        }
        root = new RootTransaction(this);
        if (!connection.externallyManaged()) { // joining someone else's transaction begins nothing
            if (!connection.defaultEngine().events().isEmpty()) {
                connection.defaultEngine().events().onBegin(connection.event(), implicit);
            }
        }
        return root;
    }

    /** Autobegin before a statement, unless a transaction is already in progress. */
    void autobegin() {
        if (root == null) {
            begin(true);
        }
    }

    Transaction beginNested() {
        autobegin();
        String name = "sa_savepoint_" + (++savepointCounter);
        connection.defaultEngine().events().onSavepoint(connection.event(), name, SavepointAction.SET);
        try {
            Savepoint savepoint = connection.jdbc().setSavepoint(name);
            NestedTransaction nested = new NestedTransaction(this, name, savepoint);
            savepoints.push(nested);
            return nested;
        } catch (SQLException e) {
            throw connection.translate(e, "SAVEPOINT " + name);
        }
    }

    /**
     * A statement failed with {@code error}: when the server aborted or ended the transaction with it (see
     * {@link Dialect#abortsTransactionOn}: any error on PostgreSQL, a deadlock on MySQL/MariaDB), the transaction
     * can no longer commit (until a rollback to a savepoint set before the failure).
     */
    void statementFailed(RuntimeException error) {
        boolean lost = error instanceof io.alchemy.exc.DBAPIError db && db.connectionInvalidated();
        if (root != null && abortedBy == null && (lost || inDatabaseTransaction()
                && connection.dialect().abortsTransactionOn(error))) {
            abortedBy = error;
            abortedAtDepth = savepoints.size();
        }
    }

    /** Whether statements run in a database transaction (not in auto-commit mode, nor on a joined auto-commit one). */
    private boolean inDatabaseTransaction() {
        if (!connection.externallyManaged()) {
            return !connection.autocommitMode();
        }
        try {
            return !connection.jdbc().getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    void commit() {
        if (root == null) {
            return;
        }
        if (abortedBy != null && !connection.externallyManaged()) {
            refuseCommit();
        }
        savepoints.clear();
        root = null;
        if (connection.externallyManaged()) {
            markOwnerRollbackOnlyIfAborted();
            return; // the external transaction's owner commits; nothing to send, nothing to report
        }
        abortedBy = null;
        if (!connection.defaultEngine().events().isEmpty()) {
            connection.defaultEngine().events().onCommit(connection.event());
        }
        if (connection.autocommitMode()) {
            return;
        }
        boolean closedBeforeCommit = connection.physicallyClosed();
        try {
            connection.jdbc().commit();
        } catch (SQLException e) {
            RuntimeException failure = connection.translate(e, "COMMIT");
            if (failure instanceof io.alchemy.exc.DBAPIError db && db.connectionInvalidated() && !closedBeforeCommit) {
                // the COMMIT may have reached the server and committed before the connection broke; even a server's
                // "terminating connection" (57P01) can follow a commit that landed (the fault suite sees it)
                throw new io.alchemy.exc.CommitOutcomeUnknownError(e);
            }
            rollbackAfter(failure);
            throw failure;
        }
    }

    /**
     * The server aborted the transaction at an earlier statement error, so a COMMIT would commit nothing (and
     * PostgreSQL answers it with a ROLLBACK that the driver reports as success): the transaction is rolled back and the
     * commit refused, naming the earlier error (its cause).
     */
    private void refuseCommit() {
        RuntimeException earlier = abortedBy;
        InvalidRequestError refused = new InvalidRequestError("Can't commit: this transaction was aborted by the "
                + "database at an earlier error and has been rolled back; nothing of it was committed. To go on, begin a "
                + "new transaction (roll back to a savepoint to recover from an error inside a transaction). Original "
                + "exception was: " + earlier.getMessage(), earlier);
        try {
            rollback();
        } catch (RuntimeException e) {
            refused.addSuppressed(e);
        }
        throw refused;
    }

    /**
     * After a failed COMMIT the database may still hold the transaction open (SQLite, a deferred constraint): it is
     * rolled back, so that nothing of it is committed later (restoring auto-commit would); on a dead connection there
     * is nothing to roll back. A failure of this rollback is added to {@code failure}.
     */
    private void rollbackAfter(RuntimeException failure) {
        if (!connection.isAlive()) {
            return;
        }
        try {
            connection.jdbc().rollback();
        } catch (SQLException e) {
            failure.addSuppressed(connection.translate(e, "ROLLBACK"));
        }
    }

    void rollback() {
        if (root == null) {
            return;
        }
        savepoints.clear();
        root = null;
        abortedBy = null;
        if (!connection.defaultEngine().events().isEmpty()) {
            connection.defaultEngine().events().onRollback(connection.event());
        }
        if (connection.externallyManaged()) {
            connection.defaultEngine().source().markRollbackOnly(connection.jdbc());
            return;
        }
        if (connection.autocommitMode() || connection.isDead()) {
            return; // a lost connection's transaction is discarded by the server
        }
        try {
            connection.jdbc().rollback();
        } catch (SQLException e) {
            if (!connection.isAlive()) {
                return; // the transaction ended with the connection: the server discards it, nothing to report
            }
            throw connection.translate(e, "ROLLBACK");
        }
    }

    /**
     * Leaves an external transaction when the connection closes: work done in it stays part of that transaction,
     * whose owner decides its fate (as a {@code JdbcTemplate} call would); open savepoints are rolled back.
     */
    void leaveExternal() {
        NestedTransaction outermost = savepoints.peekLast();
        if (outermost != null) {
            rollbackTo(outermost);
        }
        savepoints.clear();
        root = null;
        markOwnerRollbackOnlyIfAborted();
    }

    /**
     * Leaving an external transaction that the server aborted at a statement error here: its owner's commit would
     * commit nothing, so the owner's transaction is marked rollback-only (Spring then throws
     * {@code UnexpectedRollbackException} instead of committing nothing in silence).
     */
    private void markOwnerRollbackOnlyIfAborted() {
        if (abortedBy != null) {
            abortedBy = null;
            connection.defaultEngine().source().markRollbackOnly(connection.jdbc());
        }
    }

    boolean isCurrent(RootTransaction transaction) {
        return root == transaction && !connection.isClosed();
    }

    boolean isOpen(NestedTransaction savepoint) {
        return savepoints.contains(savepoint) && !connection.isClosed();
    }

    void release(NestedTransaction savepoint) {
        popThrough(savepoint);
        connection.defaultEngine().events().onSavepoint(connection.event(), savepoint.name(), SavepointAction.RELEASE);
        try {
            connection.jdbc().releaseSavepoint(savepoint.savepoint());
        } catch (SQLException e) {
            throw connection.translate(e, "RELEASE SAVEPOINT " + savepoint.name());
        }
    }

    void rollbackTo(NestedTransaction savepoint) {
        popThrough(savepoint);
        connection.defaultEngine().events().onSavepoint(connection.event(), savepoint.name(), SavepointAction.ROLLBACK);
        try {
            connection.jdbc().rollback(savepoint.savepoint());
        } catch (SQLException e) {
            throw connection.translate(e, "ROLLBACK TO SAVEPOINT " + savepoint.name());
        }
        if (abortedBy != null && abortedAtDepth > savepoints.size()) {
            abortedBy = null; // the failure came after this savepoint, and rolling back to it undid the abort
        }
    }

    DefaultConnection connection() {
        return connection;
    }

    private void popThrough(NestedTransaction savepoint) {
        connection.ensureOpen();
        while (!savepoints.isEmpty()) {
            if (savepoints.pop() == savepoint) {
                return;
            }
        }
    }
}
