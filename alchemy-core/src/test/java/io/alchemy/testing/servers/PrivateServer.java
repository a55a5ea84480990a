package io.alchemy.testing.servers;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A database server a test owns alone: it listens on 127.0.0.1 on a port chosen at run time, and the test may stop,
 * restart, crash it and kill its connections. {@link #close()} removes it with its data. Servers left by a JVM that
 * died before it could remove them are removed by the next run (see {@link PrivatePostgres#create()} and
 * {@link PrivateMariaDb#create()}).
 */
public interface PrivateServer extends AutoCloseable {

    /** How long any one server command (create, start, stop) may take before the test fails. */
    Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    /** The server's name, unique on this machine, e.g. {@code alchemy_t_4242_1}. */
    String name();

    /** {@code 127.0.0.1}. */
    default String host() {
        return "127.0.0.1";
    }

    /** The TCP port the server listens on. */
    int port();

    /** The superuser's name ({@code postgres} or {@code root}; no password). */
    String superuser();

    /** A JDBC URL for {@code database} as the superuser (without password: trust authentication). */
    String jdbcUrl(String database);

    /** The default database's JDBC URL ({@code postgres} on PostgreSQL, {@code mysql} on MariaDB). */
    String jdbcUrl();

    /**
     * {@link #jdbcUrl(String)} with a socket timeout long enough for administration (a restore, a basebackup), used by
     * {@link #connect}, {@link #sql} and {@link #query}.
     */
    String administrationUrl(String database);

    /** Opens a JDBC connection to {@code database} as the superuser. */
    default Connection connect(String database) throws SQLException {
        return JdbcAccess.connect(administrationUrl(database));
    }

    /** Runs statements as the superuser on {@code database}, each in auto-commit. */
    default void sql(String database, String... statements) {
        JdbcAccess.run(administrationUrl(database), statements);
    }

    /** Runs one query as the superuser and returns its rows, each a map of column label to value. */
    default List<Map<String, Object>> query(String database, String sql) {
        return JdbcAccess.query(administrationUrl(database), sql);
    }

    /** The server's data directory. */
    java.nio.file.Path dataDirectory();

    /** The directory of the server's programs (postgres, pg_ctl, ... or mariadbd, mariadb, ...). */
    java.nio.file.Path binDirectory();

    /** The operating-system process id of the server (the postmaster, mariadbd); -1 when not running. */
    long serverPid();

    /** Whether the server accepts connections right now. */
    boolean isRunning();

    /** Starts the stopped (or crashed) server and waits until it accepts connections. */
    void start();

    /** Stops the server cleanly (fast shutdown: open connections are closed) and waits until it is down. */
    void stop();

    /** Stops and starts the server. */
    default void restart() {
        stop();
        start();
    }

    /** Kills the server with SIGKILL (no shutdown; its next start runs crash recovery) and waits until it is gone. */
    void crash();

    /** Kills the server process with SIGKILL and starts it again; returns after it accepts connections. */
    default void crashAndRestart() {
        crash();
        start();
    }

    /** The server-side ids of the connections to {@code database} other than the one asking (backend pids, thread ids). */
    List<Long> connectionIds(String database);

    /**
     * Ends one client connection the way an administrator does ({@code pg_terminate_backend}, {@code KILL}); the client
     * sees a disconnect.
     */
    void terminateConnection(long connectionId);

    /** Removes the server: stops it if running and deletes its data. Idempotent. */
    @Override
    void close();
}
