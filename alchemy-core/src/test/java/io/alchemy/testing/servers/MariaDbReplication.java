package io.alchemy.testing.servers;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A private MariaDB primary (binary log on, {@code server_id} 1) and a replica of it ({@code server_id} 2,
 * {@code read_only}), both {@link PrivateMariaDb} servers on spare loopback ports, the replica following the primary
 * with {@code CHANGE MASTER TO … MASTER_USE_GTID=slave_pos}. The database and a non-admin user (all privileges on that
 * database only, so {@code read_only} stops it, as it would not stop {@code root}) are created on the primary and
 * reach the replica through replication. {@link #close()} removes both servers.
 */
public final class MariaDbReplication implements AutoCloseable {
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(60);
    /** The non-admin user's name and password. */
    public static final String USER = "app";
    private static final String PASSWORD = "app-secret";

    private final PrivateMariaDb primary;
    private final PrivateMariaDb replica;
    private final String database;

    private MariaDbReplication(PrivateMariaDb primary, PrivateMariaDb replica, String database) {
        this.primary = primary;
        this.replica = replica;
        this.database = database;
    }

    /** Starts the primary and the replica, connects them, creates {@code database} and the user, waits for replay. */
    public static MariaDbReplication start(String database) {
        PrivateMariaDb primary = PrivateMariaDb.builder().option("--server-id=1").option("--log-bin=binlog")
                .option("--binlog-format=ROW").start();
        PrivateMariaDb replica = null;
        try {
            replica = PrivateMariaDb.builder().option("--server-id=2").option("--read-only=1")
                    .option("--relay-log=relay").option("--log-bin=binlog").start();
            primary.sql("mysql", "CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl-secret'",
                    "GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'");
            replica.sql("mysql", "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primary.port()
                    + ", MASTER_USER='repl', MASTER_PASSWORD='repl-secret', MASTER_CONNECT_RETRY=1, "
                    + "MASTER_USE_GTID=slave_pos", "START SLAVE");
            primary.createDatabase(database);
            primary.sql("mysql", "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'",
                    "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + USER + "'@'127.0.0.1'");
            MariaDbReplication replication = new MariaDbReplication(primary, replica, database);
            replication.awaitReplay();
            return replication;
        } catch (RuntimeException e) {
            closeAll(e, replica, primary);
            throw e;
        }
    }

    /**
     * Whether the test run covers MariaDB ({@code -Dalchemy.test.databases}): replication tests run with it, as
     * {@code @EnabledIf("io.alchemy.testing.servers.MariaDbReplication#selected")}.
     */
    public static boolean selected() {
        return io.alchemy.testing.DatabaseMatrix.selected().contains("mariadb");
    }

    /** The primary, which takes writes. */
    public PrivateMariaDb primary() {
        return primary;
    }

    /** The read-only replica. */
    public PrivateMariaDb replica() {
        return replica;
    }

    /** The JDBC URL of {@code server}'s database for the non-admin user. */
    public String userUrl(PrivateMariaDb server) {
        return "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + database + "?user=" + USER + "&password=" + PASSWORD
                + "&connectTimeout=10000";
    }

    /** Delays the replica's applying of events by {@code delay} ({@code MASTER_DELAY}, whole seconds). */
    public void applyDelay(Duration delay) {
        replica.sql("mysql", "STOP SLAVE", "CHANGE MASTER TO MASTER_DELAY=" + delay.toSeconds(), "START SLAVE");
    }

    /** Waits until the replica has applied all the primary has written so far (at most a minute). */
    public void awaitReplay() {
        String position = String.valueOf(primary.query("mysql", "SELECT @@gtid_binlog_pos AS pos").get(0).get("pos"));
        List<Map<String, Object>> waited = replica.query("mysql", "SELECT MASTER_GTID_WAIT('" + position + "', "
                + REPLAY_TIMEOUT.toSeconds() + ") AS waited");
        if (((Number) waited.get(0).get("waited")).intValue() != 0) {
            throw new IllegalStateException("The replica " + replica + " did not reach " + position + " within "
                    + REPLAY_TIMEOUT + ": " + replica.query("mysql", "SHOW SLAVE STATUS") + replica.logTail());
        }
    }

    /** Removes the replica, then the primary. */
    @Override
    public void close() {
        RuntimeException failure = new IllegalStateException("Could not remove the replication servers");
        closeAll(failure, replica, primary);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeAll(RuntimeException failure, PrivateServer... servers) {
        for (PrivateServer server : servers) {
            if (server != null) {
                try {
                    server.close();
                } catch (RuntimeException e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "MariaDB replication: primary on 127.0.0.1:" + primary.port() + ", replica on 127.0.0.1:"
                + replica.port();
    }
}
