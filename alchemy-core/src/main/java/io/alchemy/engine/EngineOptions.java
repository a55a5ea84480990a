package io.alchemy.engine;

import io.alchemy.event.ConnectionEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link Engine} is built: echo logging, pool size and timeouts (for the HikariCP pool built from a JDBC
 * URL), the default isolation level, the compiled-statement cache size and initial listeners. Immutable; make one
 * with {@link #builder()}.
 */
public final class EngineOptions {
    /** All defaults: no echo, a pool of 10, 30 s checkout timeout, a cache of 500 statements. */
    public static final EngineOptions DEFAULTS = builder().build();

    /** HikariCP's smallest checkout timeout; a shorter {@link Builder#poolTimeout} is refused. */
    public static final Duration MIN_POOL_TIMEOUT = Duration.ofMillis(250);

    private final boolean echo;
    private final boolean prePing;
    private final int poolSize;
    private final Duration poolTimeout;
    private final IsolationLevel isolationLevel;
    private final int compiledCacheSize;
    private final List<ConnectionEvents> listeners;
    private final int statementStatistics;

    private EngineOptions(Builder b) {
        this.statementStatistics = b.statementStatistics;
        this.echo = b.echo;
        this.prePing = b.prePing;
        this.poolSize = b.poolSize;
        this.poolTimeout = b.poolTimeout;
        this.isolationLevel = b.isolationLevel;
        this.compiledCacheSize = b.compiledCacheSize;
        this.listeners = List.copyOf(b.listeners);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Log SQL, parameters and transaction boundaries to the {@code io.alchemy.engine.Engine} logger at INFO. */
    public boolean echo() {
        return echo;
    }

    /**
     * Test each connection as it is checked out (SQLAlchemy's {@code pool_pre_ping}): a connection that does not
     * answer a ping ({@code Connection.isValid}) is invalidated and another one is taken, so that a connection the
     * server closed while it sat in the pool is never handed out. Costs a round trip per checkout. HikariCP validates
     * only connections idle for more than 500 ms; off by default.
     */
    public boolean prePing() {
        return prePing;
    }

    /** Maximum pooled connections (HikariCP {@code maximumPoolSize}). */
    public int poolSize() {
        return poolSize;
    }

    /**
     * How long {@link Engine#connect()} waits for a free connection before a {@link io.alchemy.exc.PoolTimeoutError}
     * (at least {@link #MIN_POOL_TIMEOUT}, HikariCP's minimum).
     */
    public Duration poolTimeout() {
        return poolTimeout;
    }

    /** The isolation level for every connection, or {@code null} for the database's default. */
    public @Nullable IsolationLevel isolationLevel() {
        return isolationLevel;
    }

    /** Maximum entries of the compiled-statement cache (LRU); 0 disables caching. */
    public int compiledCacheSize() {
        return compiledCacheSize;
    }

    /**
     * How many statement shapes the engine's {@link Engine#statementStatistics() statement statistics} keep; 0 (the
     * default) keeps none, and statements then cost nothing for them.
     */
    public int statementStatistics() {
        return statementStatistics;
    }

    /** Listeners registered when the engine is built. */
    public List<ConnectionEvents> listeners() {
        return listeners;
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder().echo(echo).prePing(prePing).poolSize(poolSize).poolTimeout(poolTimeout)
                .isolationLevel(isolationLevel).compiledCacheSize(compiledCacheSize)
                .statementStatistics(statementStatistics);
        listeners.forEach(b::listener);
        return b;
    }

    /** Builds {@link EngineOptions}. */
    public static final class Builder {
        private boolean echo;
        private boolean prePing;
        private int poolSize = 10;
        private Duration poolTimeout = Duration.ofSeconds(30);
        private IsolationLevel isolationLevel;
        private int compiledCacheSize = 500;
        private final List<ConnectionEvents> listeners = new ArrayList<>();
        private int statementStatistics;

        private Builder() {
        }

        public Builder echo(boolean echo) {
            this.echo = echo;
            return this;
        }

        /** See {@link EngineOptions#prePing()}. */
        public Builder prePing(boolean prePing) {
            this.prePing = prePing;
            return this;
        }

        public Builder poolSize(int poolSize) {
            if (poolSize < 1) {
                throw new io.alchemy.exc.ArgumentError("poolSize must be at least 1, was " + poolSize);
            }
            this.poolSize = poolSize;
            return this;
        }

        public Builder poolTimeout(Duration poolTimeout) {
            if (poolTimeout.isNegative() || poolTimeout.isZero()) {
                throw new io.alchemy.exc.ArgumentError("poolTimeout must be positive, was " + poolTimeout);
            }
            if (poolTimeout.compareTo(MIN_POOL_TIMEOUT) < 0) {
                throw new io.alchemy.exc.ArgumentError("poolTimeout must be at least " + MIN_POOL_TIMEOUT.toMillis()
                        + " ms (HikariCP's minimum connectionTimeout), was " + poolTimeout.toMillis() + " ms");
            }
            this.poolTimeout = poolTimeout;
            return this;
        }

        public Builder isolationLevel(IsolationLevel isolationLevel) {
            this.isolationLevel = isolationLevel;
            return this;
        }

        public Builder compiledCacheSize(int compiledCacheSize) {
            if (compiledCacheSize < 0) {
                throw new io.alchemy.exc.ArgumentError("compiledCacheSize must be >= 0, was " + compiledCacheSize);
            }
            this.compiledCacheSize = compiledCacheSize;
            return this;
        }

        /**
         * Keeps statistics per statement shape ({@link io.alchemy.insight.StatementStatistics}) for at most
         * {@code maxStatements} shapes, the costliest by total time; 0 turns them off (the default).
         */
        public Builder statementStatistics(int maxStatements) {
            if (maxStatements < 0) {
                throw new io.alchemy.exc.ArgumentError("statementStatistics must be >= 0, was " + maxStatements);
            }
            this.statementStatistics = maxStatements;
            return this;
        }

        public Builder listener(ConnectionEvents listener) {
            this.listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
