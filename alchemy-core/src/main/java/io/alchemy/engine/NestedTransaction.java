package io.alchemy.engine;

import io.alchemy.exc.InvalidRequestError;
import java.sql.Savepoint;

/** A SAVEPOINT, as returned by {@link Connection#beginNested()}: commit releases it, rollback rolls back to it. */
final class NestedTransaction implements Transaction {
    private final TransactionState state;
    private final String name;
    private final Savepoint savepoint;

    NestedTransaction(TransactionState state, String name, Savepoint savepoint) {
        this.state = state;
        this.name = name;
        this.savepoint = savepoint;
    }

    String name() {
        return name;
    }

    Savepoint savepoint() {
        return savepoint;
    }

    @Override
    public void commit() {
        if (!isActive()) {
            throw new InvalidRequestError("This nested transaction (" + name + ") is inactive");
        }
        state.release(this);
    }

    @Override
    public void rollback() {
        if (isActive()) {
            state.rollbackTo(this);
        }
    }

    @Override
    public boolean isActive() {
        return state.isOpen(this);
    }

    @Override
    public boolean isNested() {
        return true;
    }

    @Override
    public void close() {
        rollback();
    }

    @Override
    public String toString() {
        return "NestedTransaction(" + name + ")";
    }
}
