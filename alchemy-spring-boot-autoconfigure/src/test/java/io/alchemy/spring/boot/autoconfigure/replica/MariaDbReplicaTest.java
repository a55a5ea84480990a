package io.alchemy.spring.boot.autoconfigure.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ReadOnlyError;
import io.alchemy.spring.boot.autoconfigure.orm.OrmContext;
import io.alchemy.testing.servers.MariaDbReplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code @Transactional(readOnly = true)} on a real MariaDB primary and GTID replica (private servers on spare ports,
 * {@link MariaDbReplication}), as a non-admin user: {@code read_only} does not stop users with SUPER (root), so the
 * application must not be one. Which server answered is {@code @@server_id} (1 the primary, 2 the replica); lag is an
 * hour of {@code MASTER_DELAY}.
 */
@EnabledIf("io.alchemy.testing.servers.MariaDbReplication#selected")
class MariaDbReplicaTest {
    private static final String SERVER_ID = "SELECT @@server_id";
    private static MariaDbReplication replication;

    @BeforeAll
    static void servers() throws Exception {
        replication = MariaDbReplication.start("shop");
        try (Connection conn = DriverManager.getConnection(replication.userUrl(replication.primary()));
                Statement statement = conn.createStatement()) {
            statement.execute("CREATE TABLE customer (id INTEGER AUTO_INCREMENT PRIMARY KEY, name VARCHAR(30) NOT NULL "
                    + "UNIQUE, version INTEGER NOT NULL) ENGINE=InnoDB");
        }
        replication.awaitReplay();
    }

    @AfterAll
    static void removeServers() {
        if (replication != null) {
            replication.close();
        }
    }

    @BeforeEach
    void noLag() {
        replication.applyDelay(Duration.ZERO);
        replication.awaitReplay();
    }

    private ApplicationContextRunner runner() {
        return runner("alchemy.replica.read-your-writes.enabled=false");
    }

    private ApplicationContextRunner runner(String readYourWrites) {
        return OrmContext.runner()
                .withConfiguration(AutoConfigurations.of(AlchemyReplicaAutoConfiguration.class))
                .withUserConfiguration(OrmContext.ScanModel.class, PostgresReplicaTest.Directory.class)
                .withPropertyValues("spring.datasource.url=" + replication.userUrl(replication.primary()),
                        "alchemy.replica.url=" + replication.userUrl(replication.replica()),
                        "alchemy.replica.read-your-writes.window=1h", readYourWrites);
    }

    private static int serverId(Object value) {
        return ((Number) value).intValue();
    }

    @Test
    void readOnlyTransactionsRunOnTheReplicaAndWritesOnThePrimary() {
        runner().run(context -> {
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            assertThat(serverId(directory.readOnly(SERVER_ID))).isEqualTo(2);
            assertThat(serverId(directory.readOnlyThroughSession(SERVER_ID))).isEqualTo(2);
            assertThat(serverId(directory.readWrite(SERVER_ID))).isEqualTo(1);
            assertThat(directory.readOnly("SELECT current_user()")).isEqualTo(MariaDbReplication.USER + "@127.0.0.1");
            directory.register("sandy");
            replication.awaitReplay();
            assertThat(directory.names()).containsExactly("sandy");
            assertThat(directory.namesFromPrimary()).containsExactly("sandy");
        });
    }

    @Test
    void withReplicaLagReadYourWritesKeepsTheWriterOnThePrimary() {
        replication.applyDelay(Duration.ofHours(1));
        runner().run(context -> {
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            directory.register("pearl");
            assertThat(directory.names()).as("the lagging replica has not applied the write").doesNotContain("pearl");
            assertThat(directory.namesFromPrimary()).contains("pearl");
        });
        runner("alchemy.replica.read-your-writes.enabled=true").run(context -> {
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            directory.register("karen");
            assertThat(serverId(directory.readOnly(SERVER_ID))).isEqualTo(1);
            assertThat(directory.names()).as("read your writes").contains("pearl", "karen");
            context.getBean(ReplicaRouting.class).readYourWrites().forget();
            assertThat(serverId(directory.readOnly(SERVER_ID))).isEqualTo(2);
            assertThat(directory.names()).doesNotContain("pearl", "karen");
        });
        replication.applyDelay(Duration.ZERO);
        replication.awaitReplay();
        assertThat(((Number) replication.replica().query("shop", "SELECT count(*) AS n FROM customer WHERE name IN "
                + "('pearl', 'karen')").get(0).get("n")).longValue()).isEqualTo(2);
    }

    @Test
    void aWriteThatReachesTheReplicaIsRefusedWithReadOnlyError() {
        runner().run(context -> assertThatThrownBy(() -> context.getBean(CustomerDirectory.class)
                .insertInReadOnlyTransaction("plankton"))
                .isInstanceOf(ReadOnlyError.class)
                .hasMessageContaining("--read-only"));
        assertThat(((Number) replication.primary().query("shop", "SELECT count(*) AS n FROM customer WHERE name = "
                + "'plankton'").get(0).get("n")).longValue()).isZero();
    }
}
