package io.alchemy.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private PostgreSQL primary and a streaming hot-standby replica of it, both {@link PrivatePostgres} clusters on
 * spare loopback ports: the replica's data directory is replaced by {@code pg_basebackup -R} of the primary, so it
 * starts in standby mode, streams the primary's WAL and refuses writes. {@link #applyDelay} simulates replica lag
 * with {@code recovery_min_apply_delay}; {@link #awaitReplay()} waits (bounded) until the replica has applied
 * everything the primary wrote. {@link #close()} removes both clusters.
 *
 * <pre>{@code
 * try (PostgresReplication replication = PostgresReplication.start("app")) {
 *     replication.primary().jdbcUrl("app"); replication.replica().jdbcUrl("app");
 * }
 * }</pre>
 */
public final class PostgresReplication implements AutoCloseable {
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(60);

    private final PrivatePostgres primary;
    private final PrivatePostgres replica;

    private PostgresReplication(PrivatePostgres primary, PrivatePostgres replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /** Starts a primary with {@code database}, then a replica streaming from it, and waits until it has replayed. */
    public static PostgresReplication start(String database) {
        PrivatePostgres primary = PrivatePostgres.builder().setting("wal_level", "replica")
                .setting("max_wal_senders", "5").setting("hot_standby", "on").start();
        PrivatePostgres replica = null;
        try {
            primary.createDatabase(database);
            replica = PrivatePostgres.builder().setting("hot_standby", "on").start();
            replica.stop();
            cloneInto(primary, replica);
            replica.start();
            PostgresReplication replication = new PostgresReplication(primary, replica);
            replication.awaitReplay();
            return replication;
        } catch (RuntimeException e) {
            closeAll(e, replica, primary);
            throw e;
        }
    }

    /**
     * Whether the test run covers PostgreSQL ({@code -Dalchemy.test.databases}): replication tests run with it, as
     * {@code @EnabledIf("io.alchemy.testing.servers.PostgresReplication#selected")}.
     */
    public static boolean selected() {
        return io.alchemy.testing.DatabaseMatrix.selected().contains("postgresql");
    }

    /** The primary, which takes writes. */
    public PrivatePostgres primary() {
        return primary;
    }

    /** The hot standby streaming from the primary. */
    public PrivatePostgres replica() {
        return replica;
    }

    /**
     * Sets the replica's {@code recovery_min_apply_delay} (commits become visible there that long after the primary
     * made them; {@link Duration#ZERO} for none) and reloads its configuration.
     */
    public void applyDelay(Duration delay) {
        Path conf = replica.configDirectory().resolve("conf.d").resolve("alchemy-replication.conf");
        try {
            Files.writeString(conf, "recovery_min_apply_delay = '" + delay.toMillis() + "ms'\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + conf, e);
        }
        replica.sql("postgres", "SELECT pg_reload_conf()");
        long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
        String expected = Long.toString(delay.toMillis());
        while (!expected.equals(replica.query("postgres", "SELECT setting FROM pg_settings WHERE name = "
                + "'recovery_min_apply_delay'").get(0).get("setting"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The replica did not take recovery_min_apply_delay = " + delay);
            }
            PrivatePostgres.sleep(50);
        }
    }

    /** Waits until the replica has replayed all WAL the primary has written so far (at most a minute). */
    public void awaitReplay() {
        String target = (String) primary.query("postgres", "SELECT pg_current_wal_lsn()::text AS lsn").get(0).get("lsn");
        long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
        while (true) {
            Object caughtUp = replica.query("postgres", "SELECT pg_last_wal_replay_lsn() >= '" + target
                    + "'::pg_lsn AS done").get(0).get("done");
            if (Boolean.TRUE.equals(caughtUp)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The replica " + replica + " did not replay up to " + target + " within "
                        + REPLAY_TIMEOUT + replica.logTail());
            }
            PrivatePostgres.sleep(50);
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

    private static void cloneInto(PrivatePostgres primary, PrivatePostgres replica) {
        Path data = replica.dataDirectory();
        deleteContents(data);
        ExternalCommand.run(PrivateServer.COMMAND_TIMEOUT, replica.binDirectory().resolve("pg_basebackup").toString(),
                "-h", "127.0.0.1", "-p", Integer.toString(primary.port()), "-U", "postgres", "-D", data.toString(),
                "-R", "-X", "stream", "--checkpoint=fast");
        ExternalCommand.run(PrivateServer.COMMAND_TIMEOUT, "chown", "-R", "postgres:postgres", data.toString());
        ExternalCommand.run(PrivateServer.COMMAND_TIMEOUT, "chmod", "700", data.toString());
    }

    private static void deleteContents(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!each.equals(directory)) {
                    Files.delete(each);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
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
        return "PostgreSQL replication: primary on 127.0.0.1:" + primary.port() + ", replica on 127.0.0.1:"
                + replica.port();
    }
}
