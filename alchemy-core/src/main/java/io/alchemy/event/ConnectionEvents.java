package io.alchemy.event;

/**
 * Listener for an {@link io.alchemy.engine.Engine}'s connection, transaction and statement events. Every method has
 * an empty default: implement what you need. Echo logging, metrics and the ORM hang off these. Listeners run on the
 * thread doing the work and must be fast; an exception from a listener propagates to the caller.
 */
public interface ConnectionEvents {

    /** A new JDBC connection was opened by the pool or data source (first time this engine saw it). */
    default void onConnect(java.sql.Connection jdbcConnection) {
    }

    /** A connection was checked out; {@code acquireNanos} is how long getting it took. */
    default void onCheckout(ConnectionEvent event, long acquireNanos) {
    }

    /** A connection was given back to the pool. */
    default void onCheckin(ConnectionEvent event) {
    }

    /** A transaction began ({@code implicit}: autobegin on first execute). */
    default void onBegin(ConnectionEvent event, boolean implicit) {
    }

    /** The transaction committed. */
    default void onCommit(ConnectionEvent event) {
    }

    /** The transaction rolled back. */
    default void onRollback(ConnectionEvent event) {
    }

    /** A savepoint was set, released or rolled back to. */
    default void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
    }

    /** A statement is about to execute. */
    default void beforeExecute(StatementEvent event) {
    }

    /** A statement executed successfully. */
    default void afterExecute(StatementEvent event, StatementOutcome outcome) {
    }

    /** A statement failed; {@code error} is the classified exception about to be thrown. */
    default void onError(StatementEvent event, RuntimeException error) {
    }

    /** What happened to a savepoint. */
    enum SavepointAction { SET, RELEASE, ROLLBACK }
}
