package io.alchemy.orm;

import io.alchemy.engine.Engine;
import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records what an engine sends, as SQLAlchemy's echo shows it: {@code BEGIN (implicit)}, each statement as
 * {@code SQL | [params] [params]…}, {@code COMMIT}, {@code ROLLBACK}, savepoints.
 */
final class SqlLog implements ConnectionEvents {
    private final List<String> lines = new ArrayList<>();

    static SqlLog on(Engine engine) {
        SqlLog log = new SqlLog();
        engine.addListener(log);
        return log;
    }

    /** The lines recorded since the last call, which clears them. */
    synchronized List<String> take() {
        List<String> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }

    /** How many statements were recorded since the last {@link #take()}, without clearing. */
    synchronized long statements() {
        return lines.stream().filter(l -> l.contains(" | ")).count();
    }

    @Override
    public synchronized void onBegin(ConnectionEvent event, boolean implicit) {
        lines.add(implicit ? "BEGIN (implicit)" : "BEGIN");
    }

    @Override
    public synchronized void onCommit(ConnectionEvent event) {
        lines.add("COMMIT");
    }

    @Override
    public synchronized void onRollback(ConnectionEvent event) {
        lines.add("ROLLBACK");
    }

    @Override
    public synchronized void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
        lines.add(action + " " + name);
    }

    @Override
    public synchronized void beforeExecute(StatementEvent event) {
        lines.add(event.compiled().sql() + " | "
                + event.parameters().stream().map(Object::toString).collect(Collectors.joining(" ")));
    }
}
