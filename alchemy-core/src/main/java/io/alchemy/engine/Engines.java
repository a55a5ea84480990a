package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.Dialects;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Builds {@link Engine}s (what {@code Alchemy.createEngine} delegates to): over a HikariCP pool for a JDBC URL, over
 * a caller's {@link DataSource}, or over any {@link ConnectionSource}. Nothing connects until first use.
 */
public final class Engines {
    private Engines() {
    }

    /**
     * An engine for a JDBC URL, with its dialect taken from the URL. In-memory SQLite and unnamed in-memory H2 get
     * one kept connection; a named in-memory H2 database is kept alive by a keeper connection; anything else gets a
     * HikariCP pool sized and timed by {@code options}.
     */
    public static Engine fromUrl(String jdbcUrl, EngineOptions options) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialects.forUrl(jdbcUrl);
        ConnectionSource source = switch (JdbcUrls.memoryKind(jdbcUrl)) {
            case SINGLE_CONNECTION -> new SingleConnectionSource(jdbcUrl, options.poolTimeout());
            case NAMED_SHARED -> new KeepAliveConnectionSource(jdbcUrl, new PooledConnectionSource(jdbcUrl, dialect.name(), options));
            case NONE -> new PooledConnectionSource(jdbcUrl, dialect.name(), options);
        };
        return new DefaultEngine(source, dialect, options);
    }

    /**
     * An engine over a primary and a read replica, each with a HikariCP pool sized by {@code options} (the dialect
     * comes from the primary's URL). Writes and everything asked directly go to the primary; read-only work to the
     * replica ({@link ReplicatedEngine}).
     */
    public static ReplicatedEngine replicated(String primaryUrl, String replicaUrl, EngineOptions options,
            ReadYourWrites readYourWrites) {
        Objects.requireNonNull(primaryUrl, "primaryUrl");
        Objects.requireNonNull(replicaUrl, "replicaUrl");
        Dialect dialect = Dialects.forUrl(primaryUrl);
        return new ReplicatedEngine(new PooledConnectionSource(primaryUrl, dialect.name(), options),
                new PooledConnectionSource(replicaUrl, dialect.name() + "-replica", options), dialect, options,
                readYourWrites);
    }

    /**
     * An engine over a primary and a read replica given as {@link DataSource}s (which stay open when the engine is
     * disposed), on a database of {@code dialect}.
     */
    public static ReplicatedEngine replicated(DataSource primary, DataSource replica, Dialect dialect,
            EngineOptions options, ReadYourWrites readYourWrites) {
        return new ReplicatedEngine(new DataSourceConnectionSource(primary), new DataSourceConnectionSource(replica),
                Objects.requireNonNull(dialect, "dialect"), options, readYourWrites);
    }

    /** An engine over a caller's {@link DataSource}; the dialect is detected on first connect. */
    public static Engine fromDataSource(DataSource dataSource, EngineOptions options) {
        return new DefaultEngine(new DataSourceConnectionSource(dataSource), null, options);
    }

    /** An engine over a {@link ConnectionSource}; the dialect is detected on first connect. */
    public static Engine fromSource(ConnectionSource source, EngineOptions options) {
        return new DefaultEngine(Objects.requireNonNull(source, "source"), null, options);
    }

    /** An engine over a {@link ConnectionSource} whose dialect is already known. */
    public static Engine fromSource(ConnectionSource source, Dialect dialect, EngineOptions options) {
        return new DefaultEngine(Objects.requireNonNull(source, "source"), Objects.requireNonNull(dialect, "dialect"), options);
    }
}
