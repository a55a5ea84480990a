package io.alchemy.orm.shard;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Databases of their own on the shared PostgreSQL server, named {@code <test database>_<suffix>} (the test database
 * is {@code -Dalchemy.test.db-name}), created fresh (a stale one of a crashed run is dropped first) and dropped on
 * close, after their engines are disposed.
 */
final class PostgresShards implements AutoCloseable {
    private final TestDatabase base;
    private final String adminUrl;
    private final String baseName;
    private final String query;
    private final Map<String, Engine> engines = new LinkedHashMap<>();
    private final List<String> created = new ArrayList<>();

    private PostgresShards(TestDatabase base) {
        this.base = base;
        String url = base.url();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int question = url.indexOf('?', slash);
        this.baseName = url.substring(slash + 1, question < 0 ? url.length() : question);
        this.query = question < 0 ? "" : url.substring(question);
        this.adminUrl = url;
    }

    /** Opens the test's own PostgreSQL database, whose server will hold the shards. */
    static PostgresShards open() {
        return new PostgresShards(TestDatabase.fresh("postgresql"));
    }

    /** A fresh database {@code <base>_<suffix>} and an engine on it. */
    Engine create(String suffix) throws SQLException {
        String name = baseName + "_" + suffix;
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        created.add(name);
        Engine engine = Alchemy.createEngine(urlOf(name));
        engines.put(name, engine);
        return engine;
    }

    String urlOf(String database) {
        String url = base.url();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return url.substring(0, slash + 1) + database + query;
    }

    String name(String suffix) {
        return baseName + "_" + suffix;
    }

    @Override
    public void close() throws Exception {
        Exception failure = null;
        for (Engine engine : engines.values()) {
            try {
                engine.dispose();
            } catch (RuntimeException e) {
                failure = add(failure, e);
            }
        }
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            for (String name : created) {
                try {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                } catch (SQLException e) {
                    failure = add(failure, e);
                }
            }
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        try {
            base.close();
        } catch (Exception e) {
            failure = add(failure, e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Exception add(Exception failure, Exception e) {
        if (failure == null) {
            return e;
        }
        failure.addSuppressed(e);
        return failure;
    }
}
