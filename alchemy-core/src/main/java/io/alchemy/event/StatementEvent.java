package io.alchemy.event;

import io.alchemy.sql.Compiled;
import java.util.List;

/**
 * A statement execution, as seen by listeners.
 *
 * @param connection the connection executing it
 * @param compiled the compiled statement (SQL, kind, bind slots)
 * @param parameters the positional parameters: one list for a single execution, several for executemany
 * @param executemany whether this is a batched execution
 * @param cacheBadge SQLAlchemy's echo badge: {@code generated in 0.00012s}, {@code cached since 0.5s ago},
 *        {@code no key 0.00003s} or {@code raw sql}
 * @param startNanos {@link System#nanoTime()} when execution started
 */
public record StatementEvent(EventConnection connection, Compiled compiled, List<List<Object>> parameters,
        boolean executemany, String cacheBadge, long startNanos) {
}
