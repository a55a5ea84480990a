package io.alchemy.orm;

import io.alchemy.orm.insight.NPlusOneDetection;
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
 * @param nPlusOne N+1 detection ({@link NPlusOneDetection#OFF} by default: nothing counted)
 */
public record SessionOptions(boolean autoflush, boolean expireOnCommit, boolean autobegin, List<SessionEvents> events,
        NPlusOneDetection nPlusOne) {

    /** The defaults: autoflush, expire on commit, autobegin, no listeners. */
    public static final SessionOptions DEFAULTS = new SessionOptions(true, true, true);

    /** Copies the listeners. */
    public SessionOptions {
        events = List.copyOf(events);
        Objects.requireNonNull(nPlusOne, "nPlusOne");
    }

    /** The three switches and the listeners, without N+1 detection. */
    public SessionOptions(boolean autoflush, boolean expireOnCommit, boolean autobegin, List<SessionEvents> events) {
        this(autoflush, expireOnCommit, autobegin, events, NPlusOneDetection.OFF);
    }

    /** The three switches, without listeners. */
    public SessionOptions(boolean autoflush, boolean expireOnCommit, boolean autobegin) {
        this(autoflush, expireOnCommit, autobegin, List.of());
    }

    /** These options with {@code listener} added to the listeners. */
    public SessionOptions withEvents(SessionEvents listener) {
        List<SessionEvents> more = new ArrayList<>(events);
        more.add(Objects.requireNonNull(listener, "listener"));
        return new SessionOptions(autoflush, expireOnCommit, autobegin, more, nPlusOne);
    }

    /** These options with {@code autoflush} set. */
    public SessionOptions withAutoflush(boolean value) {
        return new SessionOptions(value, expireOnCommit, autobegin, events, nPlusOne);
    }

    /** These options with {@code expireOnCommit} set. */
    public SessionOptions withExpireOnCommit(boolean value) {
        return new SessionOptions(autoflush, value, autobegin, events, nPlusOne);
    }

    /** These options with {@code autobegin} set. */
    public SessionOptions withAutobegin(boolean value) {
        return new SessionOptions(autoflush, expireOnCommit, value, events, nPlusOne);
    }

    /**
     * These options with N+1 detection: lazy loads of one relationship, or loads of one entity by primary key,
     * repeated {@code threshold} times in one transaction are logged at WARN or raised.
     */
    public SessionOptions withNPlusOne(NPlusOneDetection detection) {
        return new SessionOptions(autoflush, expireOnCommit, autobegin, events, detection);
    }
}
