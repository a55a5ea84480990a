package io.alchemy.exc;

/**
 * No connection could be checked out of the pool within the pool timeout because all of them were in use
 * (SQLAlchemy's {@code sqlalchemy.exc.TimeoutError}). The database itself may be fine: the application holds more
 * connections at once than the pool has. The message names the pool's size, the timeout and the settings to change.
 */
public class PoolTimeoutError extends AlchemyException {
    private static final long serialVersionUID = 1L;

    private final int poolSize;
    private final long timeoutMillis;

    public PoolTimeoutError(String message, int poolSize, long timeoutMillis, Throwable cause) {
        super(message, cause);
        this.poolSize = poolSize;
        this.timeoutMillis = timeoutMillis;
    }

    /** The pool's maximum number of connections. */
    public int poolSize() {
        return poolSize;
    }

    /** How long the checkout waited, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
