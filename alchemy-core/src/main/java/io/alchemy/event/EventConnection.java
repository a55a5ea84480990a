package io.alchemy.event;

/**
 * The connection an event happened on, as listeners see it: the engine's {@code Connection} is one, so a listener
 * may compare it by identity with the connection it holds. It answers the two facts listeners read from it, so
 * that events carry values and this package knows nothing of the engine.
 */
public interface EventConnection {

    /** The short name of the connection's dialect ({@code sqlite}, {@code postgresql}, …), for tags and logs. */
    String dialectName();

    /**
     * The database the connection leads to: {@code primary}, or {@code replica} for one routed to a read replica (see
     * {@code io.alchemy.engine.ConnectionSource#target}).
     */
    default String target() {
        return "primary";
    }

    /** Whether the connection runs in autocommit now (no BEGIN / COMMIT of its own). */
    boolean isAutocommit();
}
