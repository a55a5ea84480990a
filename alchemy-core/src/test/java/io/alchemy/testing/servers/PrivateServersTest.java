package io.alchemy.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The private servers start, survive a crash with their committed data, drop connections on request, and go away. */
class PrivateServersTest {

    @Test
    void privatePostgresCrashesRestartsAndIsRemoved() throws Exception {
        assumeSelected("postgresql");
        PrivatePostgres pg = PrivatePostgres.builder().setting("max_connections", "50").start();
        try (pg) {
            assertThat(pg.port()).isNotIn(5432);
            assertThat(pg.query("postgres", "SHOW max_connections").get(0).get("max_connections")).isEqualTo("50");
            assertThat(pg.query("postgres", "SHOW listen_addresses").get(0).get("listen_addresses"))
                    .isEqualTo("127.0.0.1");
            pg.createDatabase("kit");
            pg.sql("kit", "CREATE TABLE t (id int)", "INSERT INTO t VALUES (1)");
            pg.crash();
            assertThat(pg.isRunning()).isFalse();
            pg.start();
            assertThat(pg.query("kit", "SELECT count(*) AS n FROM t").get(0).get("n")).isEqualTo(1L);
            assertDisconnectOnTerminate(pg);
            pg.restart();
            assertThat(pg.isRunning()).isTrue();
            assertThat(Files.isDirectory(pg.dataDirectory())).isTrue();
            assertThat(pg.binDirectory().resolve("postgres")).isExecutable();
        }
        assertThat(pg.dataDirectory()).doesNotExist();
        assertThat(ExternalCommand.run(PrivateServer.COMMAND_TIMEOUT, "pg_lsclusters", "-h")).doesNotContain(pg.name());
    }

    @Test
    void privateMariaDbCrashesRestartsAndIsRemoved() throws Exception {
        assumeSelected("mariadb");
        PrivateMariaDb db = PrivateMariaDb.builder().option("--max-connections=40").start();
        try (db) {
            assertThat(((Number) db.query("mysql", "SELECT @@max_connections AS n").get(0).get("n")).intValue()).isEqualTo(40);
            db.createDatabase("kit");
            db.sql("kit", "CREATE TABLE t (id int) ENGINE=InnoDB", "INSERT INTO t VALUES (1)");
            db.crash();
            assertThat(db.isRunning()).isFalse();
            db.start();
            assertThat(((Number) db.query("kit", "SELECT count(*) AS n FROM t").get(0).get("n")).longValue()).isEqualTo(1L);
            assertDisconnectOnTerminate(db);
            db.restart();
            assertThat(db.isRunning()).isTrue();
        }
        assertThat(db.dataDirectory()).doesNotExist();
    }

    @Test
    void staleServersOfDeadJvmsAreRemoved() throws Exception {
        Path stale = PrivateMariaDb.BASE.resolve(ServerRegistry.PREFIX + Integer.MAX_VALUE + "_1");
        Files.createDirectories(stale.resolve("data"));
        PrivateMariaDb.removeStale();
        assertThat(stale).doesNotExist();
        assertThat(ServerRegistry.isStale(ServerRegistry.newName())).isFalse();
        assertThat(ServerRegistry.isStale("main")).isFalse();
    }

    /** Like the database matrix: the servers of PostgreSQL and MariaDB only when the run selects them. */
    private static void assumeSelected(String database) {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.alchemy.testing.DatabaseMatrix.selected().contains(database),
                "private " + database + " servers are tested when -Dalchemy.test.databases selects " + database);
    }

    private static void assertDisconnectOnTerminate(PrivateServer server) throws SQLException {
        try (Connection victim = server.connect("kit"); Statement statement = victim.createStatement()) {
            statement.execute("SELECT 1");
            assertThat(server.connectionIds("kit")).hasSize(1);
            server.terminateConnection(server.connectionIds("kit").get(0));
            assertThatThrownBy(() -> statement.execute("SELECT 1")).isInstanceOf(SQLException.class);
        }
    }
}
