package io.alchemy.spring.boot.autoconfigure.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ReadOnlyError;
import io.alchemy.spring.boot.autoconfigure.metrics.AlchemyMetricsAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.orm.OrmContext;
import io.alchemy.testing.servers.PostgresReplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @Transactional(readOnly = true)} on a real PostgreSQL primary and streaming replica (private clusters on
 * spare ports, {@link PostgresReplication}): which server answered is {@code inet_server_port()}. Replica lag is
 * simulated with {@code recovery_min_apply_delay} of an hour, so that a write can never have reached the replica
 * while the test reads.
 */
@EnabledIf("io.alchemy.testing.servers.PostgresReplication#selected")
class PostgresReplicaTest {
    private static final String PORT = "SELECT inet_server_port()";
    private static PostgresReplication replication;

    @BeforeAll
    static void servers() {
        replication = PostgresReplication.start("shop");
        replication.primary().sql("shop", "CREATE TABLE customer (id SERIAL PRIMARY KEY, name VARCHAR(30) NOT NULL "
                + "UNIQUE, version INTEGER NOT NULL)");
    }

    @AfterAll
    static void removeServers() {
        if (replication != null) {
            replication.close();
        }
    }

    @BeforeEach
    void empty() {
        replication.applyDelay(Duration.ZERO);
        replication.primary().sql("shop", "DELETE FROM customer");
        replication.awaitReplay();
    }

    private ApplicationContextRunner runner(String... properties) {
        return OrmContext.runner()
                .withConfiguration(AutoConfigurations.of(AlchemyReplicaAutoConfiguration.class,
                        ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                        AlchemyMetricsAutoConfiguration.class))
                .withUserConfiguration(OrmContext.ScanModel.class, Directory.class)
                .withPropertyValues("spring.datasource.url=" + replication.primary().jdbcUrl("shop"),
                        "alchemy.replica.url=" + replication.replica().jdbcUrl("shop"),
                        "alchemy.replica.read-your-writes.window=1h")
                .withPropertyValues(properties);
    }

    private static int port(Object value) {
        return ((Number) value).intValue();
    }

    @Test
    void readOnlyTransactionsRunOnTheReplicaAndWritesOnThePrimary() {
        runner().run(context -> {
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            int primary = replication.primary().port();
            int replica = replication.replica().port();
            assertThat(port(directory.readOnly(PORT))).isEqualTo(replica);
            assertThat(port(directory.readOnlyThroughSession(PORT))).isEqualTo(replica);
            assertThat(directory.readOnly("SELECT pg_is_in_recovery()")).isEqualTo(true);
            assertThat(port(directory.readWrite(PORT))).isEqualTo(primary);
            assertThat(directory.readWrite("SELECT pg_is_in_recovery()")).isEqualTo(false);
            directory.register("sandy");
            replication.awaitReplay();
            context.getBean(ReplicaRouting.class).readYourWrites().forget();
            assertThat(directory.names()).containsExactly("sandy");
            assertThat(port(directory.readOnly(PORT))).isEqualTo(replica);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("alchemy.statements").tag("target", "replica").timers().stream()
                    .mapToLong(timer -> timer.count()).sum()).isEqualTo(5);
            assertThat(meters.get("alchemy.statements").tag("target", "primary").tag("operation", "insert").timer()
                    .count()).isOne();
        });
    }

    @Test
    void aWriteThatReachesTheReplicaIsRefusedWithReadOnlyError() {
        runner().run(context -> assertThatThrownBy(() -> context.getBean(CustomerDirectory.class)
                .insertInReadOnlyTransaction("plankton"))
                .isInstanceOf(ReadOnlyError.class)
                .hasMessageContaining("cannot execute INSERT in a read-only transaction"));
        assertThat(replication.primary().query("shop", "SELECT count(*) AS n FROM customer").get(0).get("n"))
                .isEqualTo(0L);
    }

    @Test
    void withReplicaLagReadYourWritesKeepsTheWriterOnThePrimary() {
        replication.applyDelay(Duration.ofHours(1));
        runner("alchemy.replica.read-your-writes.enabled=false").run(context -> {
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            directory.register("patrick");
            assertThat(directory.names()).as("the lagging replica has not applied the write").isEmpty();
            assertThat(directory.namesFromPrimary()).as("usePrimary() reads the primary").containsExactly("patrick");
            assertThat(port(directory.readOnly(PORT))).isEqualTo(replication.replica().port());
        });
        runner().run(context -> {
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            assertThat(port(directory.readOnly(PORT))).isEqualTo(replication.replica().port());
            directory.register("squidward");
            assertThat(port(directory.readOnly(PORT))).isEqualTo(replication.primary().port());
            assertThat(directory.names()).as("read your writes").containsExactly("patrick", "squidward");
            context.getBean(ReplicaRouting.class).readYourWrites().forget();
            assertThat(directory.names()).as("back on the lagging replica").isEmpty();
        });
        replication.applyDelay(Duration.ZERO);
        replication.awaitReplay();
        assertThat(replication.replica().query("shop", "SELECT count(*) AS n FROM customer").get(0).get("n"))
                .isEqualTo(2L);
    }

    /** The service, as an application declares it. */
    @Configuration(proxyBeanMethods = false)
    static class Directory {
        @Bean
        CustomerDirectory customerDirectory(io.alchemy.orm.Session session, io.alchemy.engine.Engine engine) {
            return new CustomerDirectory(session, engine);
        }
    }
}
