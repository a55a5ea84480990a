package io.alchemy.engine;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import java.util.ArrayList;
import java.util.List;

/** Records every event as a short line, in order. */
final class RecordingListener implements ConnectionEvents {
    private final List<String> events = new ArrayList<>();

    List<String> events() {
        return events;
    }

    @Override
    public void onConnect(java.sql.Connection jdbcConnection) {
        events.add("connect");
    }

    @Override
    public void onCheckout(ConnectionEvent event, long acquireNanos) {
        events.add(acquireNanos >= 0 ? "checkout" : "checkout with negative time");
    }

    @Override
    public void onCheckin(ConnectionEvent event) {
        events.add("checkin");
    }

    @Override
    public void onBegin(ConnectionEvent event, boolean implicit) {
        events.add(implicit ? "begin (implicit)" : "begin");
    }

    @Override
    public void onCommit(ConnectionEvent event) {
        events.add("commit");
    }

    @Override
    public void onRollback(ConnectionEvent event) {
        events.add("rollback");
    }

    @Override
    public void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
        events.add("savepoint " + action + " " + name);
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        events.add("beforeExecute " + event.compiled().sql());
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        events.add("afterExecute rowcount=" + outcome.rowcount());
    }

    @Override
    public void onError(StatementEvent event, RuntimeException error) {
        events.add("onError " + error.getClass().getSimpleName());
    }
}
