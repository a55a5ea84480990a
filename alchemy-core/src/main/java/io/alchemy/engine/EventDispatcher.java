package io.alchemy.engine;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fans every event out to an engine's listeners, in registration order. Thread-safe: the listeners are an array
 * replaced on each change (copy on write), so dispatching takes no lock and, without listeners, allocates nothing.
 */
final class EventDispatcher implements ConnectionEvents {
    private static final ConnectionEvents[] NONE = {};

    private volatile ConnectionEvents[] listeners = NONE;

    synchronized void add(ConnectionEvents listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        ConnectionEvents[] grown = Arrays.copyOf(listeners, listeners.length + 1);
        grown[grown.length - 1] = listener;
        listeners = grown;
    }

    synchronized void remove(ConnectionEvents listener) {
        List<ConnectionEvents> kept = new ArrayList<>(Arrays.asList(listeners));
        if (kept.remove(listener)) {
            listeners = kept.toArray(NONE);
        }
    }

    boolean isEmpty() {
        return listeners.length == 0;
    }

    @Override
    public void onConnect(java.sql.Connection jdbcConnection) {
        for (ConnectionEvents l : listeners) {
            l.onConnect(jdbcConnection);
        }
    }

    @Override
    public void onCheckout(ConnectionEvent event, long acquireNanos) {
        for (ConnectionEvents l : listeners) {
            l.onCheckout(event, acquireNanos);
        }
    }

    @Override
    public void onCheckin(ConnectionEvent event) {
        for (ConnectionEvents l : listeners) {
            l.onCheckin(event);
        }
    }

    @Override
    public void onBegin(ConnectionEvent event, boolean implicit) {
        for (ConnectionEvents l : listeners) {
            l.onBegin(event, implicit);
        }
    }

    @Override
    public void onCommit(ConnectionEvent event) {
        for (ConnectionEvents l : listeners) {
            l.onCommit(event);
        }
    }

    @Override
    public void onRollback(ConnectionEvent event) {
        for (ConnectionEvents l : listeners) {
            l.onRollback(event);
        }
    }

    @Override
    public void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
        for (ConnectionEvents l : listeners) {
            l.onSavepoint(event, name, action);
        }
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        for (ConnectionEvents l : listeners) {
            l.beforeExecute(event);
        }
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        for (ConnectionEvents l : listeners) {
            l.afterExecute(event, outcome);
        }
    }

    @Override
    public void onError(StatementEvent event, RuntimeException error) {
        for (ConnectionEvents l : listeners) {
            l.onError(event, error);
        }
    }
}
