package io.alchemy.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** (Run when the matrix has the database.) The replication kits stream the primary's writes to a replica that refuses writes, and go away. */
class ReplicationServersTest {

    @Test
    @EnabledIf("io.alchemy.testing.servers.PostgresReplication#selected")
    void postgresStreamsToAHotStandby() {
        PostgresReplication replication = PostgresReplication.start("kit");
        try (replication) {
            replication.primary().sql("kit", "CREATE TABLE t (id int)", "INSERT INTO t VALUES (1)");
            replication.awaitReplay();
            assertThat(replication.replica().query("kit", "SELECT count(*) AS n FROM t").get(0).get("n")).isEqualTo(1L);
            assertThat(replication.replica().query("kit", "SELECT pg_is_in_recovery() AS r").get(0).get("r"))
                    .isEqualTo(true);
            assertThatThrownBy(() -> replication.replica().sql("kit", "INSERT INTO t VALUES (2)"))
                    .hasStackTraceContaining("read-only transaction");
        }
        assertThat(replication.replica().dataDirectory()).doesNotExist();
        assertThat(replication.primary().dataDirectory()).doesNotExist();
    }

    @Test
    @EnabledIf("io.alchemy.testing.servers.MariaDbReplication#selected")
    void mariaDbReplicatesToAReadOnlyReplica() throws SQLException {
        MariaDbReplication replication = MariaDbReplication.start("kit");
        try (replication) {
            try (Connection conn = DriverManager.getConnection(replication.userUrl(replication.primary()));
                    Statement statement = conn.createStatement()) {
                statement.execute("CREATE TABLE t (id int) ENGINE=InnoDB");
                statement.execute("INSERT INTO t VALUES (1)");
            }
            replication.awaitReplay();
            assertThat(((Number) replication.replica().query("kit", "SELECT count(*) AS n FROM t").get(0).get("n"))
                    .longValue()).isEqualTo(1L);
            try (Connection conn = DriverManager.getConnection(replication.userUrl(replication.replica()));
                    Statement statement = conn.createStatement()) {
                assertThatThrownBy(() -> statement.execute("INSERT INTO t VALUES (2)"))
                        .hasMessageContaining("--read-only");
            }
        }
        assertThat(replication.replica().dataDirectory()).doesNotExist();
    }
}
