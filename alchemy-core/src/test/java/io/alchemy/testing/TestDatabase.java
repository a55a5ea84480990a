package io.alchemy.testing;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fresh, empty database of the matrix for one test: H2 in memory, SQLite in a temporary file, or a database
 * reset to empty on the PostgreSQL / MariaDB server {@link TestServers} finds (the configured server, else a
 * container, else for PostgreSQL an embedded server). Things registered with {@link #onClose} are closed after the
 * test, last registered first.
 */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final String url;
    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** A fresh database of the named kind; fails (never skips) when the database cannot be reached. */
    public static TestDatabase fresh(String name) {
        try {
            return switch (name) {
                case "h2" -> h2();
                case "sqlite" -> sqlite();
                case "postgresql" -> postgresql();
                case "mariadb" -> mariadb();
                default -> throw new IllegalArgumentException("Unknown database " + name);
            };
        } catch (Exception e) {
            throw new IllegalStateException("Required test database '" + name + "' is unreachable or cannot be reset: "
                    + e.getMessage() + " (start it, or choose databases with -Dalchemy.test.databases=...)", e);
        }
    }

    /** In memory; a keeper connection holds the database for the test's whole duration. */
    private static TestDatabase h2() throws SQLException {
        TestDatabase db = new TestDatabase("h2", "jdbc:h2:mem:alchemy_" + COUNTER.incrementAndGet());
        db.onClose(db.openJdbc());
        return db;
    }

    private static TestDatabase sqlite() throws Exception {
        Path file = Files.createTempFile("alchemy-test-", ".db");
        TestDatabase db = new TestDatabase("sqlite", "jdbc:sqlite:" + file);
        db.onClose(() -> Files.deleteIfExists(file));
        return db;
    }

    private static TestDatabase postgresql() throws SQLException {
        DatabaseServer server = TestServers.postgresql();
        String dbName = dbName();
        String admin = "jdbc:postgresql://" + server.hostAndPort() + "/postgres?" + server.credentials()
                + "&connectTimeout=5";
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + dbName + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + dbName);
            }
        }
        String url = "jdbc:postgresql://" + server.hostAndPort() + "/" + dbName + "?" + server.credentials()
                + "&connectTimeout=5";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
            s.execute("DROP SCHEMA IF EXISTS alchemy_other CASCADE");
        }
        return new TestDatabase("postgresql", url);
    }

    private static TestDatabase mariadb() throws SQLException {
        DatabaseServer server = TestServers.mariadb();
        String dbName = dbName();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + server.hostAndPort() + "/?"
                + server.credentials() + "&connectTimeout=5000"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dbName);
            s.execute("CREATE DATABASE " + dbName);
            s.execute("DROP DATABASE IF EXISTS " + dbName + "_other");
        }
        return new TestDatabase("mariadb", "jdbc:mariadb://" + server.hostAndPort() + "/" + dbName + "?"
                + server.credentials() + "&connectTimeout=5000");
    }

    private static String dbName() {
        String dbName = System.getProperty("alchemy.test.db-name", "test");
        if (!dbName.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("alchemy.test.db-name must be a plain lower-case identifier: " + dbName);
        }
        return dbName;
    }

    /** {@code h2}, {@code sqlite}, {@code postgresql} or {@code mariadb}. */
    public String name() {
        return name;
    }

    /** The JDBC URL of this test's database. */
    public String url() {
        return url;
    }

    /** A plain JDBC connection (auto-commit on) for setting up or checking data beside the code under test. */
    public Connection openJdbc() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Runs plain SQL statements through a JDBC connection of their own, auto-committed. */
    public void run(String... sql) throws SQLException {
        try (Connection c = openJdbc(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    /** An {@link Engine} on this test's database, disposed after the test. */
    public Engine engine() {
        return engine(EngineOptions.DEFAULTS);
    }

    /** An {@link Engine} on this test's database with options, disposed after the test. */
    public Engine engine(EngineOptions options) {
        return onClose(Alchemy.createEngine(url, options));
    }

    /** Closes {@code resource} after the test (last registered, first closed). */
    public <T extends AutoCloseable> T onClose(T resource) {
        closeables.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!closeables.isEmpty()) {
            try {
                closeables.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
