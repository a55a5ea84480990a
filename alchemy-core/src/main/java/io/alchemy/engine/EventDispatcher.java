package io.alchemy.engine;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fans every event out to an engine's listeners, in registration order. Thread-safe. */
final class EventDispatcher implements ConnectionEvents {
    private final List<ConnectionEvents> listeners = new CopyOnWriteArrayList<>();

    void add(ConnectionEvents listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    void remove(ConnectionEvents listener) {
        listeners.remove(listener);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public void onConnect(java.sql.Connection jdbcConnection) {
        listeners.forEach(l -> l.onConnect(jdbcConnection));
    }

    @Override
    public void onCheckout(ConnectionEvent event, long acquireNanos) {
        listeners.forEach(l -> l.onCheckout(event, acquireNanos));
    }

    @Override
    public void onCheckin(ConnectionEvent event) {
        listeners.forEach(l -> l.onCheckin(event));
    }

    @Override
    public void onBegin(ConnectionEvent event, boolean implicit) {
        listeners.forEach(l -> l.onBegin(event, implicit));
    }

    @Override
    public void onCommit(ConnectionEvent event) {
        listeners.forEach(l -> l.onCommit(event));
    }

    @Override
    public void onRollback(ConnectionEvent event) {
        listeners.forEach(l -> l.onRollback(event));
    }

    @Override
    public void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
        listeners.forEach(l -> l.onSavepoint(event, name, action));
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        listeners.forEach(l -> l.beforeExecute(event));
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        listeners.forEach(l -> l.afterExecute(event, outcome));
    }

    @Override
    public void onError(StatementEvent event, RuntimeException error) {
        listeners.forEach(l -> l.onError(event, error));
    }
}
