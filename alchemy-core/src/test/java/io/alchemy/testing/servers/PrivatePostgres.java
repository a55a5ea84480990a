package io.alchemy.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster, made with {@code pg_createcluster} from the newest PostgreSQL under
 * {@code /usr/lib/postgresql}: it runs as the {@code postgres} operating-system user, listens on 127.0.0.1 only on a
 * port chosen at run time, and trusts every local and 127.0.0.1 connection (also for replication). Its name is
 * {@code alchemy_t_<jvm pid>_<n>}; {@link Builder#start()} first drops such clusters left by JVMs that no longer run.
 *
 * <pre>{@code
 * try (PrivatePostgres pg = PrivatePostgres.builder().setting("wal_level", "logical").start()) {
 *     pg.createDatabase("app");
 *     ... pg.jdbcUrl("app") ...
 *     pg.crash();   // kill -9 of the postmaster
 *     pg.start();   // crash recovery
 * }
 * }</pre>
 */
public final class PrivatePostgres implements PrivateServer {
    private final String version;
    private final String name;
    private final int port;
    private final Path binDirectory;
    private final Path dataDirectory;
    private final Path configDirectory;
    private boolean closed;

    private PrivatePostgres(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
        this.binDirectory = Paths.get("/usr/lib/postgresql", version, "bin");
        this.dataDirectory = Paths.get("/var/lib/postgresql", version, name);
        this.configDirectory = Paths.get("/etc/postgresql", version, name);
    }

    /** Creates and starts a cluster with the default settings. */
    public static PrivatePostgres create() {
        return builder().start();
    }

    /** A builder for a cluster with extra settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a cluster to create. */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<String> hbaLines = new ArrayList<>();
        private int port;

        private Builder() {
            settings.put("listen_addresses", "'127.0.0.1'");
            settings.put("max_connections", "100");
            settings.put("shared_buffers", "'32MB'");
        }

        /** A {@code postgresql.conf} setting, written verbatim ({@code setting("wal_level", "logical")}). */
        public Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        /** One more {@code pg_hba.conf} line, after the trust lines for local and 127.0.0.1 connections. */
        public Builder hba(String line) {
            hbaLines.add(line);
            return this;
        }

        /** A fixed port instead of a free one chosen at run time. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Creates the cluster (removing stale ones first), starts it and waits until it accepts connections. */
        public PrivatePostgres start() {
            String version = newestVersion();
            removeStale(version);
            PrivatePostgres server = new PrivatePostgres(version, ServerRegistry.newName(),
                    port != 0 ? port : FreePort.pick());
            server.initialize(settings, hbaLines);
            return server;
        }
    }

    private void initialize(Map<String, String> settings, List<String> hbaLines) {
        List<String> command = new ArrayList<>(List.of("pg_createcluster", version, name, "-p", Integer.toString(port)));
        ExternalCommand.run(COMMAND_TIMEOUT, command.toArray(String[]::new));
        ServerRegistry.opened(this);
        try {
            StringBuilder conf = new StringBuilder("\n# private test server settings\n");
            settings.forEach((key, value) -> conf.append(key).append(" = ").append(value).append('\n'));
            Files.writeString(configDirectory.resolve("conf.d").resolve("alchemy-test.conf"), conf,
                    StandardCharsets.UTF_8);
            StringBuilder hba = new StringBuilder("""
                    local all all trust
                    host all all 127.0.0.1/32 trust
                    local replication all trust
                    host replication all 127.0.0.1/32 trust
                    """);
            hbaLines.forEach(line -> hba.append(line).append('\n'));
            Files.writeString(configDirectory.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
            start();
        } catch (IOException | RuntimeException e) {
            try {
                close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not configure private PostgreSQL " + name, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The major version of the server programs used, e.g. {@code 15}. */
    public String version() {
        return version;
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
        return "postgres";
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres&connectTimeout=10";
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    @Override
    public String administrationUrl(String database) {
        return jdbcUrl(database) + "&socketTimeout=120";
    }

    /** Creates a database owned by the superuser. */
    public void createDatabase(String database) {
        sql("postgres", "CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The directory of {@code postgresql.conf}, {@code pg_hba.conf} and {@code conf.d} (Debian's layout). */
    public Path configDirectory() {
        return configDirectory;
    }

    @Override
    public Path binDirectory() {
        return binDirectory;
    }

    @Override
    public long serverPid() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return -1;
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return -1;
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean isRunning() {
        return serverPid() > 0 && JdbcAccess.answers(jdbcUrl());
    }

    /**
     * Starts the cluster and waits until it accepts connections. Right after a {@link #crash()} the killed postmaster's
     * backends may still hold its shared memory for a moment; the start is retried until they are gone.
     */
    @Override
    public void start() {
        long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
        if (serverPid() > 0) { // running, or restarting itself after a backend crashed: wait until it answers
            if (awaitAnswer(deadline)) {
                return;
            }
            throw new IllegalStateException("Private PostgreSQL " + name + " runs but does not answer" + logTail());
        }
        while (true) {
            ExternalCommand.Result result = ExternalCommand.tryRun(COMMAND_TIMEOUT, "pg_ctlcluster",
                    "--skip-systemctl-redirect", version, name, "start");
            if (result.succeeded() && awaitAnswer(deadline)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Private PostgreSQL " + name + " did not start: " + result.output()
                        + logTail());
            }
            sleep(200);
        }
    }

    private boolean awaitAnswer(long deadline) {
        while (System.nanoTime() < deadline) {
            if (JdbcAccess.answers(jdbcUrl())) {
                return true;
            }
            sleep(100);
        }
        return false;
    }

    @Override
    public void stop() {
        if (serverPid() < 0) {
            return;
        }
        ExternalCommand.run(COMMAND_TIMEOUT, "pg_ctlcluster", "--skip-systemctl-redirect", "-m", "fast", version,
                name, "stop");
    }

    /** Kills the postmaster with SIGKILL and waits until it and its backends are gone. */
    @Override
    public void crash() {
        long pid = serverPid();
        if (pid < 0) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        List<ProcessHandle> children = postmaster.map(p -> p.children().toList()).orElse(List.of());
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        awaitGone(postmaster.stream().toList());
        // the backends end on their own when they notice the postmaster is gone; don't wait for that to be slow
        children.forEach(ProcessHandle::destroyForcibly);
        awaitGone(children);
    }

    /** Kills one backend with SIGKILL: PostgreSQL then ends every other backend too and runs crash recovery. */
    public void killBackend(long backendPid) {
        ProcessHandle.of(backendPid).ifPresent(ProcessHandle::destroyForcibly);
        awaitGone(ProcessHandle.of(backendPid).stream().toList());
    }

    @Override
    public List<Long> connectionIds(String database) {
        return query("postgres", "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND "
                + "pid <> pg_backend_pid() AND datname = '" + database.replace("'", "''") + "' ORDER BY pid")
                .stream().map(row -> ((Number) row.get("pid")).longValue()).toList();
    }

    /** Ends one backend with {@code pg_terminate_backend} (SIGTERM: the client gets 57P01 or a closed socket). */
    @Override
    public void terminateConnection(long connectionId) {
        sql("postgres", "SELECT pg_terminate_backend(" + connectionId + ")");
    }

    /** The last lines of the server's log, for failure messages. */
    public String logTail() {
        Path log = Paths.get("/var/log/postgresql", "postgresql-" + version + "-" + name + ".log");
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the cluster and drops it with its data and log. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        drop(version, name);
        closed = true;
        ServerRegistry.closed(this);
    }

    private static void drop(String version, String name) {
        ExternalCommand.Result result = ExternalCommand.tryRun(COMMAND_TIMEOUT, "pg_dropcluster", "--stop", version,
                name);
        if (!result.succeeded()) {
            // a cluster killed with -9 may refuse a clean stop: kill what is left and drop again
            Path pidFile = Paths.get("/var/lib/postgresql", version, name, "postmaster.pid");
            try {
                if (Files.exists(pidFile)) {
                    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                    awaitGone(ProcessHandle.of(pid).stream().toList());
                }
            } catch (IOException | RuntimeException ignored) {
                // the second drop reports what is still wrong
            }
            ExternalCommand.run(COMMAND_TIMEOUT, "pg_dropcluster", "--stop", version, name);
        }
    }

    private static String newestVersion() {
        try (Stream<Path> versions = Files.list(Paths.get("/usr/lib/postgresql"))) {
            return versions.filter(dir -> Files.isExecutable(dir.resolve("bin").resolve("postgres")))
                    .map(dir -> dir.getFileName().toString())
                    .max(Comparator.comparingDouble(PrivatePostgres::versionNumber))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL server under /usr/lib/postgresql", e);
        }
    }

    private static double versionNumber(String version) {
        try {
            return Double.parseDouble(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Drops clusters named {@code alchemy_t_<pid>_<n>} whose JVM no longer runs. */
    static void removeStale(String version) {
        ExternalCommand.Result list = ExternalCommand.tryRun(COMMAND_TIMEOUT, "pg_lsclusters", "-h");
        for (String line : list.output().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 2 && columns[0].equals(version) && ServerRegistry.isStale(columns[1])) {
                try {
                    drop(columns[0], columns[1]);
                } catch (RuntimeException e) {
                    System.err.println("Could not remove stale private PostgreSQL " + columns[1] + ": " + e);
                }
            }
        }
    }

    static void awaitGone(List<ProcessHandle> processes) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle process : processes) {
            while (process.isAlive() && System.nanoTime() < deadline) {
                sleep(20);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public String toString() {
        return "private PostgreSQL " + version + " " + name + " on 127.0.0.1:" + port;
    }
}
