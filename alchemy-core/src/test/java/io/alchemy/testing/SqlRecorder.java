package io.alchemy.testing;

import io.alchemy.engine.Engine;
import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one SQL recorder of the tests: a listener on an {@link Engine}'s events that keeps what happened, in order.
 * Three views of the same record:
 * <ul>
 * <li>{@link #take()}: the conversation as SQLAlchemy's echo shows it: {@code BEGIN (implicit)}, each statement as
 * {@code SQL | [params] [params]…}, {@code COMMIT}, {@code ROLLBACK}, savepoints as {@code SET sa_savepoint_1};</li>
 * <li>{@link #takeStatements()}: the statements alone, with their SQL and parameter sets;</li>
 * <li>{@link #events()}: every hook, pool and outcome events included ({@code connect}, {@code checkout},
 * {@code afterExecute rowcount=2}, {@code onError IntegrityError}, {@code checkin}).</li>
 * </ul>
 * {@code take…} methods clear the record. {@link SqlAssertions#assertSqlExecution} is built on this recorder.
 */
public final class SqlRecorder implements ConnectionEvents {
    private final List<Entry> entries = new ArrayList<>();

    /** A recorder listening on {@code engine} from now on. */
    public static SqlRecorder on(Engine engine) {
        SqlRecorder recorder = new SqlRecorder();
        engine.addListener(recorder);
        return recorder;
    }

    /** The echo-like lines (transaction lines and statements) recorded since the last take; clears the record. */
    public synchronized List<String> take() {
        List<String> lines = entries.stream().filter(Entry::conversation).map(Entry::line).toList();
        entries.clear();
        return lines;
    }

    /** The statements executed since the last take, in order; clears the record. */
    public synchronized List<Executed> takeStatements() {
        List<Executed> statements = executed();
        entries.clear();
        return statements;
    }

    /** The statements executed since the last take, in order, without clearing. */
    public synchronized List<Executed> executed() {
        return entries.stream().map(Entry::statement).filter(s -> s != null).toList();
    }

    /** How many statements were executed since the last take, without clearing. */
    public synchronized long statements() {
        return entries.stream().filter(entry -> entry.statement() != null).count();
    }

    /** Every event recorded since the last take or {@link #clear()}, as one line each, without clearing. */
    public synchronized List<String> events() {
        return entries.stream().map(Entry::line).toList();
    }

    /** Forgets what was recorded. */
    public synchronized void clear() {
        entries.clear();
    }

    private synchronized void add(String line, boolean conversation, Executed statement) {
        entries.add(new Entry(line, conversation, statement));
    }

    @Override
    public void onConnect(java.sql.Connection jdbcConnection) {
        add("connect", false, null);
    }

    @Override
    public void onCheckout(ConnectionEvent event, long acquireNanos) {
        add(acquireNanos >= 0 ? "checkout" : "checkout with negative time", false, null);
    }

    @Override
    public void onCheckin(ConnectionEvent event) {
        add("checkin", false, null);
    }

    @Override
    public void onBegin(ConnectionEvent event, boolean implicit) {
        add(implicit ? "BEGIN (implicit)" : "BEGIN", true, null);
    }

    @Override
    public void onCommit(ConnectionEvent event) {
        add("COMMIT", true, null);
    }

    @Override
    public void onRollback(ConnectionEvent event) {
        add("ROLLBACK", true, null);
    }

    @Override
    public void onSavepoint(ConnectionEvent event, String name, SavepointAction action) {
        add(action + " " + name, true, null);
    }

    @Override
    public void beforeExecute(StatementEvent event) {
        Executed statement = new Executed(event.compiled().sql(), event.parameters(), event.executemany());
        add(statement.toString(), true, statement);
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        add("afterExecute rowcount=" + outcome.rowcount(), false, null);
    }

    @Override
    public void onError(StatementEvent event, RuntimeException error) {
        add("onError " + error.getClass().getSimpleName(), false, null);
    }

    /**
     * One executed statement.
     *
     * @param sql the SQL sent to JDBC
     * @param parameters its parameter sets: one for a single execution, several for executemany
     * @param executemany whether it was a batched execution
     */
    public record Executed(String sql, List<List<Object>> parameters, boolean executemany) {
        public Executed {
            parameters = parameters.stream().map(set -> Collections.unmodifiableList(new ArrayList<>(set))).toList();
        }

        /** {@code SQL | [params] [params]…}, as the echo-like view shows it. */
        @Override
        public String toString() {
            return sql + " | " + parameters.stream().map(Object::toString).collect(Collectors.joining(" "));
        }
    }

    private record Entry(String line, boolean conversation, Executed statement) {
    }
}
