package io.alchemy.engine;

import io.alchemy.exc.InvalidRequestError;

/** The connection's outer transaction, as returned by {@link Connection#begin()}. */
final class RootTransaction implements Transaction {
    private final TransactionState state;

    RootTransaction(TransactionState state) {
        this.state = state;
    }

    @Override
    public void commit() {
        if (!isActive()) {
            throw new InvalidRequestError("This transaction is inactive");
        }
        state.commit();
    }

    @Override
    public void rollback() {
        if (isActive()) {
            state.rollback();
        }
    }

    @Override
    public boolean isActive() {
        return state.isCurrent(this);
    }

    @Override
    public boolean isNested() {
        return false;
    }

    @Override
    public void close() {
        rollback();
    }
}
