package io.alchemy.orm;

import io.alchemy.orm.state.TransactionFrame;

/**
 * A transaction of a {@link Session}: the root one ({@link Session#begin()}) or a savepoint
 * ({@link Session#beginNested()}). Committing a savepoint releases it into the enclosing transaction; rolling it back
 * undoes what its flushes did to the database and to the objects (inserted ones become transient, deleted ones come
 * back, everything is expired). Closing it without commit rolls it back.
 */
public final class SessionTransaction implements AutoCloseable {
    private final Session session;
    private final TransactionFrame frame;
    private boolean active = true;

    SessionTransaction(Session session, TransactionFrame frame) {
        this.session = session;
        this.frame = frame;
    }

    /** Whether this is a savepoint. */
    public boolean isNested() {
        return frame != null;
    }

    /** Whether neither commit nor rollback has ended it. */
    public boolean isActive() {
        return active;
    }

    /**
     * Commits the transaction (flushing first), or releases the savepoint. When that fails the transaction stays
     * active, so that {@link #close()} (or {@link #rollback()}) rolls it back and the Session is usable again.
     */
    public void commit() {
        end();
        try {
            session.endTransaction(frame, true);
        } catch (RuntimeException e) {
            active = true;
            throw e;
        }
    }

    /** Rolls the transaction, or the savepoint, back. */
    public void rollback() {
        end();
        session.endTransaction(frame, false);
    }

    private void end() {
        if (!active) {
            throw new io.alchemy.exc.InvalidRequestError("This transaction is inactive: it was already committed or "
                    + "rolled back");
        }
        active = false;
    }

    /** Rolls back unless committed or rolled back already. */
    @Override
    public void close() {
        if (active) {
            rollback();
        }
    }
}
