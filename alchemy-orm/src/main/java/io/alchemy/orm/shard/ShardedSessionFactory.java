package io.alchemy.orm.shard;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.SessionOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes {@link ShardedSession}s over the same shards and choosers (SQLAlchemy's {@code sessionmaker(class_=
 * ShardedSession, shards=…, shard_chooser=…, identity_chooser=…, execute_chooser=…)}). Thread-safe.
 *
 * <pre>{@code
 * ShardedSessionFactory sessions = ShardedSessionFactory.builder()
 *         .shard("eu", euEngine).shard("us", usEngine)
 *         .shardChooser((mapper, object) -> ((Customer) object).region())
 *         .identityChooser((mapper, key) -> List.of("eu", "us"))
 *         .executeChooser(state -> List.of("eu", "us"))
 *         .build();
 * }</pre>
 */
public final class ShardedSessionFactory {
    private final Map<String, Engine> shards;
    private final ShardChooser shardChooser;
    private final IdentityChooser identityChooser;
    private final ExecuteChooser executeChooser;
    private final SessionOptions options;

    private ShardedSessionFactory(Builder builder) {
        this.shards = Collections.unmodifiableMap(new LinkedHashMap<>(builder.shards));
        this.shardChooser = builder.shardChooser;
        this.identityChooser = builder.identityChooser;
        this.executeChooser = builder.executeChooser;
        this.options = builder.options;
    }

    /** A builder; shards and the three choosers are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new Session over the shards. */
    public ShardedSession open() {
        return new ShardedSession(this);
    }

    /** Runs {@code work} in a new Session and commits; rolls back and rethrows if it throws; closes the Session. */
    public void begin(Consumer<ShardedSession> work) {
        transaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Like {@link #begin(Consumer)}, returning {@code work}'s result. */
    public <T> T transaction(Function<ShardedSession, T> work) {
        return io.alchemy.orm.Session.commitOrRollback(open(), work);
    }

    /** The engines by shard id, in the order added. */
    public Map<String, Engine> shards() {
        return shards;
    }

    ShardChooser shardChooser() {
        return shardChooser;
    }

    IdentityChooser identityChooser() {
        return identityChooser;
    }

    ExecuteChooser executeChooser() {
        return executeChooser;
    }

    /** The options of each Session. */
    public SessionOptions options() {
        return options;
    }

    /** Builds a {@link ShardedSessionFactory}. */
    public static final class Builder {
        private final Map<String, Engine> shards = new LinkedHashMap<>();
        private ShardChooser shardChooser;
        private IdentityChooser identityChooser;
        private ExecuteChooser executeChooser;
        private SessionOptions options = SessionOptions.DEFAULTS;
        private boolean everyShard;

        private Builder() {
        }

        /** Adds shard {@code shardId} on {@code engine} (SQLAlchemy's {@code bind_shard}). */
        public Builder shard(String shardId, Engine engine) {
            shards.put(Objects.requireNonNull(shardId, "shardId"), Objects.requireNonNull(engine, "engine"));
            return this;
        }

        /** The shard of each new object. */
        public Builder shardChooser(ShardChooser chooser) {
            this.shardChooser = Objects.requireNonNull(chooser, "chooser");
            return this;
        }

        /** The shards to look in for a primary key. */
        public Builder identityChooser(IdentityChooser chooser) {
            this.identityChooser = Objects.requireNonNull(chooser, "chooser");
            return this;
        }

        /** The shards a statement runs on. */
        public Builder executeChooser(ExecuteChooser chooser) {
            this.executeChooser = Objects.requireNonNull(chooser, "chooser");
            return this;
        }

        /** Every shard for every primary key and every statement: the identity and execute choosers of "look everywhere". */
        public Builder everyShardForQueries() {
            everyShard = true;
            return this;
        }

        /** The options of each Session. */
        public Builder options(SessionOptions sessionOptions) {
            this.options = Objects.requireNonNull(sessionOptions, "options");
            return this;
        }

        /** The factory; {@link ArgumentError} naming what is missing. */
        public ShardedSessionFactory build() {
            if (shards.isEmpty()) {
                throw new ArgumentError("A ShardedSessionFactory needs at least one shard");
            }
            if (everyShard) {
                List<String> all = List.copyOf(shards.keySet());
                identityChooser = (mapper, key) -> all;
                executeChooser = state -> all;
            }
            if (shardChooser == null) {
                throw new ArgumentError("shard_chooser is required: a ShardedSessionFactory needs a ShardChooser");
            }
            if (identityChooser == null) {
                throw new ArgumentError("identity_chooser or id_chooser is required");
            }
            if (executeChooser == null) {
                throw new ArgumentError("execute_chooser or query_chooser is required");
            }
            return new ShardedSessionFactory(this);
        }
    }
}
