package io.alchemy.orm;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Retry;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes Sessions with the same engine and options (SQLAlchemy's {@code sessionmaker}). Thread-safe; each Session it
 * makes is not.
 *
 * <pre>{@code
 * SessionFactory sessions = SessionFactory.of(engine, SessionOptions.DEFAULTS.withExpireOnCommit(false));
 * try (Session session = sessions.open()) { … }
 * sessions.begin(session -> session.add(user));              // commit, or rollback on exception
 * int n = sessions.transaction(session -> …);                // the same, returning a value
 * }</pre>
 */
public final class SessionFactory {
    private final Engine engine;
    private final SessionOptions options;

    private SessionFactory(Engine engine, SessionOptions options) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A factory of Sessions on {@code engine} with the default options. */
    public static SessionFactory of(Engine engine) {
        return new SessionFactory(engine, SessionOptions.DEFAULTS);
    }

    /** A factory of Sessions on {@code engine} with {@code options}. */
    public static SessionFactory of(Engine engine, SessionOptions options) {
        return new SessionFactory(engine, options);
    }

    /** A factory like this one whose Sessions also report to {@code listener}. */
    public SessionFactory withEvents(SessionEvents listener) {
        return new SessionFactory(engine, options.withEvents(listener));
    }

    /** A new Session. */
    public Session open() {
        return new Session(engine, options);
    }

    /** Runs {@code work} in a new Session and commits; rolls back and rethrows if it throws; closes the Session. */
    public void begin(Consumer<Session> work) {
        transaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Like {@link #begin(Consumer)}, returning {@code work}'s result. */
    public <T> T transaction(Function<Session, T> work) {
        try (Session session = open()) {
            try {
                T result = work.apply(session);
                session.commit();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    session.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
    }

    /**
     * {@link #transaction(Function)}, run again in a new Session as {@code retry} says when it fails with a retryable
     * error (deadlock, serialization failure, lock timeout, connection lost before COMMIT). Objects loaded in a failed
     * attempt belong to its closed Session: load what the work needs inside {@code work}.
     */
    public <T> T transaction(Function<Session, T> work, Retry retry) {
        return retry.call(() -> transaction(work));
    }

    /** {@link #begin(Consumer)} with retries (see {@link #transaction(Function, Retry)}). */
    public void begin(Consumer<Session> work, Retry retry) {
        retry.call(() -> {
            begin(work);
            return null;
        });
    }

    /** The engine. */
    public Engine engine() {
        return engine;
    }

    /** The options given to each Session. */
    public SessionOptions options() {
        return options;
    }
}
