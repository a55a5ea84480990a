package io.alchemy.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private MariaDB server: {@code mariadb-install-db} into a fresh data directory under
 * {@code /tmp/alchemy-private-servers/alchemy_t_<jvm pid>_<n>}, then {@code mariadbd --no-defaults} as a child process
 * of this JVM, listening on 127.0.0.1 only on a port chosen at run time, with its own socket; {@code root} logs in
 * without a password. {@link Builder#start()} first removes such servers left by JVMs that no longer run.
 *
 * <pre>{@code
 * try (PrivateMariaDb db = PrivateMariaDb.builder().option("--log-bin=binlog").option("--server-id=1").start()) {
 *     db.createDatabase("app");
 *     db.crash();   // kill -9
 *     db.start();   // InnoDB crash recovery
 * }
 * }</pre>
 */
public final class PrivateMariaDb implements PrivateServer {
    /** Where the private servers' directories are. */
    public static final Path BASE = Paths.get(System.getProperty("java.io.tmpdir"), "alchemy-private-servers");

    private final String name;
    private final int port;
    private final Path directory;
    private final List<String> options;
    private Process process;
    private boolean closed;

    private PrivateMariaDb(String name, int port, List<String> options) {
        this.name = name;
        this.port = port;
        this.directory = BASE.resolve(name);
        this.options = List.copyOf(options);
    }

    /** Creates and starts a server with the default options. */
    public static PrivateMariaDb create() {
        return builder().start();
    }

    /** A builder for a server with extra {@code mariadbd} options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of a server to create. */
    public static final class Builder {
        private final List<String> options = new ArrayList<>(List.of(
                "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=32M", "--max-connections=200",
                "--skip-name-resolve", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci"));
        private int port;

        private Builder() {
        }

        /** One more {@code mariadbd} command-line option, e.g. {@code --log-bin=binlog} or {@code --server-id=2}. */
        public Builder option(String option) {
            options.add(option);
            return this;
        }

        /** A fixed port instead of a free one chosen at run time. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Installs the data directory (removing stale servers first), starts the server, waits until it answers. */
        public PrivateMariaDb start() {
            removeStale();
            PrivateMariaDb server = new PrivateMariaDb(ServerRegistry.newName(), port != 0 ? port : FreePort.pick(),
                    options);
            server.initialize();
            return server;
        }
    }

    private void initialize() {
        ServerRegistry.opened(this);
        try {
            Files.createDirectories(directory);
            ExternalCommand.run(COMMAND_TIMEOUT, "mariadb-install-db", "--no-defaults",
                    "--datadir=" + dataDirectory(), "--user=root", "--auth-root-authentication-method=normal",
                    "--skip-test-db");
            start();
        } catch (IOException | RuntimeException e) {
            try {
                close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not create private MariaDB " + name, io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String superuser() {
        return "root";
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root&connectTimeout=10000";
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl("mysql");
    }

    @Override
    public String administrationUrl(String database) {
        return jdbcUrl(database) + "&socketTimeout=120000";
    }

    /** Creates a database. */
    public void createDatabase(String database) {
        sql("mysql", "CREATE DATABASE `" + database.replace("`", "``") + "`");
    }

    @Override
    public Path dataDirectory() {
        return directory.resolve("data");
    }

    /** The server's Unix socket. */
    public Path socket() {
        return directory.resolve("mariadbd.sock");
    }

    /** The server's error log. */
    public Path errorLog() {
        return directory.resolve("error.log");
    }

    /** The directory of the client programs ({@code mariadb}, {@code mariadb-admin}, {@code mariadb-dump}). */
    @Override
    public Path binDirectory() {
        return Paths.get("/usr/bin");
    }

    /** The server program, {@code mariadbd}. */
    public Path serverProgram() {
        for (String candidate : List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/sbin/mysqld")) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return Paths.get(candidate);
            }
        }
        throw new IllegalStateException("No mariadbd in /usr/sbin or /usr/bin");
    }

    /** The {@code mariadbd} options this server runs with, besides data directory, port, socket and user. */
    public List<String> options() {
        return options;
    }

    @Override
    public synchronized long serverPid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    @Override
    public boolean isRunning() {
        return serverPid() > 0 && JdbcAccess.answers(jdbcUrl());
    }

    /** Starts the server process and waits until it accepts connections (after a crash: after InnoDB's recovery). */
    @Override
    public synchronized void start() {
        if (serverPid() > 0) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(serverProgram().toString(), "--no-defaults",
                "--datadir=" + dataDirectory(), "--port=" + port, "--socket=" + socket(),
                "--pid-file=" + directory.resolve("mariadbd.pid"), "--log-error=" + errorLog(), "--user=root",
                "--bind-address=127.0.0.1"));
        command.addAll(options);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("stdout.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Private MariaDB " + name + " exited with code "
                        + process.exitValue() + logTail());
            }
            if (JdbcAccess.answers(jdbcUrl())) {
                return;
            }
            PrivatePostgres.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Private MariaDB " + name + " did not answer within " + COMMAND_TIMEOUT
                + logTail());
    }

    /** Stops the server with SIGTERM (a clean shutdown) and waits until it has exited. */
    @Override
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("Private MariaDB " + name + " did not stop within " + COMMAND_TIMEOUT
                        + "; killed" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + name, e);
        }
    }

    /** Kills the server with SIGKILL and waits until it has exited. */
    @Override
    public synchronized void crash() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
    }

    @Override
    public List<Long> connectionIds(String database) {
        return query("mysql", "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() "
                + "AND COMMAND <> 'Daemon' AND DB = '" + database.replace("'", "''") + "' ORDER BY ID")
                .stream().map(row -> ((Number) row.get("ID")).longValue()).toList();
    }

    /** Ends one client connection with {@code KILL}. */
    @Override
    public void terminateConnection(long connectionId) {
        sql("mysql", "KILL " + connectionId);
    }

    /** The last lines of the error log, for failure messages. */
    public String logTail() {
        try {
            if (!Files.exists(errorLog())) {
                return "";
            }
            List<String> lines = Files.readAllLines(errorLog(), StandardCharsets.ISO_8859_1);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Kills the server if it still runs and deletes its directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        crash();
        deleteTree(directory);
        closed = true;
        ServerRegistry.closed(this);
    }

    /** Removes the directories (and kills the servers) of private MariaDB servers whose JVM no longer runs. */
    static void removeStale() {
        if (!Files.isDirectory(BASE)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(BASE)) {
            for (Path dir : dirs.toList()) {
                if (!ServerRegistry.isStale(dir.getFileName().toString())) {
                    continue;
                }
                Path pidFile = dir.resolve("mariadbd.pid");
                try {
                    if (Files.exists(pidFile)) {
                        long pid = Long.parseLong(Files.readString(pidFile).trim());
                        ProcessHandle.of(pid)
                                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                                        .orElse(false))
                                .ifPresent(p -> {
                                    p.destroyForcibly();
                                    PrivatePostgres.awaitGone(List.of(p));
                                });
                    }
                    deleteTree(dir);
                } catch (IOException | RuntimeException e) {
                    System.err.println("Could not remove stale private MariaDB " + dir + ": " + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + BASE, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }

    @Override
    public String toString() {
        return "private MariaDB " + name + " on 127.0.0.1:" + port;
    }
}
