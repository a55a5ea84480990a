package io.alchemy.orm.shard;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.testing.servers.PrivatePostgres;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shards' databases, on a private PostgreSQL cluster of their own (on a spare loopback port, removed on close):
 * one database per {@link #create} call, each with an engine, disposed before the cluster goes.
 */
final class PostgresShards implements AutoCloseable {
    private final PrivatePostgres server;
    private final Map<String, Engine> engines = new LinkedHashMap<>();

    private PostgresShards(PrivatePostgres server) {
        this.server = server;
    }

    /** Starts the private cluster that will hold the shards. */
    static PostgresShards open() {
        return new PostgresShards(PrivatePostgres.create());
    }

    /** A new database {@code <suffix>} on the cluster and an engine on it. */
    Engine create(String suffix) {
        if (!suffix.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + suffix);
        }
        server.createDatabase(suffix);
        Engine engine = Alchemy.createEngine(server.jdbcUrl(suffix));
        engines.put(suffix, engine);
        return engine;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (Engine engine : engines.values()) {
            try {
                engine.dispose();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        try {
            server.close();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
