package io.alchemy.spring.data;

import io.alchemy.engine.Engine;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import java.util.ArrayList;
import java.util.List;

/** The statements an engine executes: their SQL and parameter sets, in order. */
final class StatementLog implements ConnectionEvents {
    private final List<StatementEvent> events = new ArrayList<>();

    static StatementLog on(Engine engine) {
        StatementLog log = new StatementLog();
        engine.addListener(log);
        return log;
    }

    @Override
    public synchronized void beforeExecute(StatementEvent event) {
        events.add(event);
    }

    /** The statements recorded since the last call, which clears them. */
    synchronized List<StatementEvent> take() {
        List<StatementEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
