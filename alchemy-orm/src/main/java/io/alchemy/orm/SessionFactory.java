package io.alchemy.orm;

import io.alchemy.engine.Engine;
import io.alchemy.orm.insight.NPlusOneDetection;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
    private final @Nullable Engine readEngine;

    private SessionFactory(Engine engine, SessionOptions options) {
        this(engine, options, null);
    }

    private SessionFactory(Engine engine, SessionOptions options, @Nullable Engine readEngine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
        this.readEngine = readEngine;
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
        return new SessionFactory(engine, options.withEvents(listener), readEngine);
    }

    /**
     * A factory like this one whose read-only Sessions ({@link #openReadOnly()}, {@link #readOnly}) run on
     * {@code readEngine}: a read replica, or {@code ReplicatedEngine.reader()}, which keeps a thread that just wrote on
     * the primary (read-your-writes). The Sessions of {@link #open()} stay on the primary engine.
     */
    public SessionFactory withReadEngine(Engine readEngine) {
        return new SessionFactory(engine, options, Objects.requireNonNull(readEngine, "readEngine"));
    }

    /**
     * A new Session for read-only work: on the {@linkplain #withReadEngine read engine} (the primary engine when there
     * is none), without autoflush. A flush from it writes to that engine, which a replica refuses with
     * {@code io.alchemy.exc.ReadOnlyError}.
     */
    public Session openReadOnly() {
        return new Session(readEngine == null ? engine : readEngine, options.withAutoflush(false));
    }

    /**
     * Runs read-only {@code work} in a new {@linkplain #openReadOnly() read-only Session}, ends its transaction and
     * closes it, returning what {@code work} returns.
     */
    public <T> T readOnly(Function<Session, T> work) {
        try (Session session = openReadOnly()) {
            try {
                T result = work.apply(session);
                session.commit();
                return result;
            } catch (RuntimeException | Error e) {
                session.rollback();
                throw e;
            }
        }
    }

    /** The engine of read-only Sessions, or {@code null} when they use {@link #engine()}. */
    public @Nullable Engine readEngine() {
        return readEngine;
    }

    /** A factory like this one whose Sessions detect N+1 statements as {@code detection} says. */
    public SessionFactory withNPlusOne(NPlusOneDetection detection) {
        return new SessionFactory(engine, options.withNPlusOne(detection));
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
                session.rollback();
                throw e;
            }
        }
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
