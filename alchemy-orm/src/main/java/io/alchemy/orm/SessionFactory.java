package io.alchemy.orm;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Retry;
import io.alchemy.orm.insight.NPlusOneDetection;
import io.alchemy.sql.TableClause;
import java.util.LinkedHashMap;
import java.util.Map;
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
 *
 * SessionFactory split = SessionFactory.builder()            // binds: classes and tables on their own engines
 *         .engine(main).bind(User.class, usersEngine).bind(auditTable, auditEngine).build();
 * }</pre>
 */
public final class SessionFactory {
    private final SessionBinds binds;
    private final SessionOptions options;
    private final @Nullable Engine readEngine;

    private SessionFactory(Engine engine, SessionOptions options) {
        this(SessionBinds.of(engine), options, null);
    }

    private SessionFactory(SessionBinds binds, SessionOptions options, @Nullable Engine readEngine) {
        this.binds = Objects.requireNonNull(binds, "binds");
        this.options = Objects.requireNonNull(options, "options");
        this.readEngine = readEngine;
    }

    /** A builder of a factory whose Sessions bind classes and tables to engines of their own. */
    public static Builder builder() {
        return new Builder();
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
        return new SessionFactory(binds, options.withEvents(listener), readEngine);
    }

    /**
     * A factory like this one whose read-only Sessions ({@link #openReadOnly()}, {@link #readOnly}) run on
     * {@code readEngine}: a read replica, or {@code ReplicatedEngine.reader()}, which keeps a thread that just wrote on
     * the primary (read-your-writes). The Sessions of {@link #open()} stay on the primary engine.
     */
    public SessionFactory withReadEngine(Engine readEngine) {
        return new SessionFactory(binds, options, Objects.requireNonNull(readEngine, "readEngine"));
    }

    /**
     * A new Session for read-only work: on the {@linkplain #withReadEngine read engine} (the primary engine when there
     * is none), without autoflush. A flush from it writes to that engine, which a replica refuses with
     * {@code io.alchemy.exc.ReadOnlyError}.
     */
    public Session openReadOnly() {
        return readEngine == null ? new Session(binds, options.withAutoflush(false))
                : new Session(readEngine, options.withAutoflush(false));
    }

    /**
     * Runs read-only {@code work} in a new {@linkplain #openReadOnly() read-only Session}, ends its transaction and
     * closes it, returning what {@code work} returns.
     */
    public <T> T readOnly(Function<Session, T> work) {
        return Session.commitOrRollback(openReadOnly(), work);
    }

    /** The engine of read-only Sessions, or {@code null} when they use {@link #engine()}. */
    public @Nullable Engine readEngine() {
        return readEngine;
    }

    /** A factory like this one whose Sessions detect N+1 statements as {@code detection} says. */
    public SessionFactory withNPlusOne(NPlusOneDetection detection) {
        return new SessionFactory(binds, options.withNPlusOne(detection), readEngine);
    }

    /** A new Session. */
    public Session open() {
        return new Session(binds, options);
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
        return Session.commitOrRollback(open(), work);
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

    /** The default engine; {@link io.alchemy.exc.UnboundExecutionError} when there is none (binds only). */
    public Engine engine() {
        if (binds.defaultBind() == null) {
            throw new io.alchemy.exc.UnboundExecutionError("This SessionFactory has no default engine; its Sessions "
                    + "are bound per class or table");
        }
        return binds.defaultBind();
    }

    /** The binds given to each Session. */
    public SessionBinds binds() {
        return binds;
    }

    /** The options given to each Session. */
    public SessionOptions options() {
        return options;
    }

    /**
     * Builds a {@link SessionFactory} with binds (SQLAlchemy's {@code sessionmaker(binds={…})}): a default engine, and
     * engines for mapped classes (or their superclasses and interfaces) and for tables. See {@link Session#getBind}.
     */
    public static final class Builder {
        private Engine defaultBind;
        private final Map<Class<?>, Engine> classes = new LinkedHashMap<>();
        private final Map<TableClause, Engine> tables = new LinkedHashMap<>();
        private SessionOptions options = SessionOptions.DEFAULTS;

        private Builder() {
        }

        /** The engine for whatever no class or table bind covers. */
        public Builder engine(Engine engine) {
            this.defaultBind = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** Objects of {@code type} (and of its subclasses) and statements of its entity go to {@code engine}. */
        public Builder bind(Class<?> type, Engine engine) {
            classes.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(engine, "engine"));
            return this;
        }

        /** Statements naming {@code table} (and objects mapped to it) go to {@code engine}. */
        public Builder bind(TableClause table, Engine engine) {
            tables.put(Objects.requireNonNull(table, "table"), Objects.requireNonNull(engine, "engine"));
            return this;
        }

        /** The options of each Session. */
        public Builder options(SessionOptions sessionOptions) {
            this.options = Objects.requireNonNull(sessionOptions, "options");
            return this;
        }

        /** The factory; {@link io.alchemy.exc.ArgumentError} when neither an engine nor a bind was given. */
        public SessionFactory build() {
            if (defaultBind == null && classes.isEmpty() && tables.isEmpty()) {
                throw new io.alchemy.exc.ArgumentError("A SessionFactory needs an engine or at least one bind");
            }
            return new SessionFactory(new SessionBinds(defaultBind, classes, tables), options, null);
        }
    }
}
