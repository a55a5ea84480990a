package io.alchemy.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link Session} behaves (SQLAlchemy's {@code sessionmaker} arguments): whether queries and {@code get} flush
 * pending changes first ({@code autoflush}), whether commit expires every object so the next access reloads it
 * ({@code expireOnCommit}), and whether the first operation begins a transaction by itself ({@code autobegin}). All
 * three are on by default. Immutable.
 *
 * @param autoflush flush before queries and {@code get} misses
 * @param expireOnCommit expire every object after commit
 * @param autobegin begin a transaction on first use rather than requiring {@link Session#begin()}
 * @param events the listeners of every Session made with these options, in the order added
 */
public record SessionOptions(boolean autoflush, boolean expireOnCommit, boolean autobegin, List<SessionEvents> events) {

    /** The defaults: autoflush, expire on commit, autobegin, no listeners. */
    public static final SessionOptions DEFAULTS = new SessionOptions(true, true, true);

    /** Copies the listeners. */
    public SessionOptions {
        events = List.copyOf(events);
    }

    /** The three switches, without listeners. */
    public SessionOptions(boolean autoflush, boolean expireOnCommit, boolean autobegin) {
        this(autoflush, expireOnCommit, autobegin, List.of());
    }

    /** These options with {@code listener} added to the listeners. */
    public SessionOptions withEvents(SessionEvents listener) {
        List<SessionEvents> more = new ArrayList<>(events);
        more.add(Objects.requireNonNull(listener, "listener"));
        return new SessionOptions(autoflush, expireOnCommit, autobegin, more);
    }

    /** These options with {@code autoflush} set. */
    public SessionOptions withAutoflush(boolean value) {
        return new SessionOptions(value, expireOnCommit, autobegin, events);
    }

    /** These options with {@code expireOnCommit} set. */
    public SessionOptions withExpireOnCommit(boolean value) {
        return new SessionOptions(autoflush, value, autobegin, events);
    }

    /** These options with {@code autobegin} set. */
    public SessionOptions withAutobegin(boolean value) {
        return new SessionOptions(autoflush, expireOnCommit, value, events);
    }
}
