package io.alchemy.spring.boot.autoconfigure.replica;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.alchemy.engine.Engine;
import io.alchemy.engine.UsePrimary;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.metrics.AlchemyMetricsAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.orm.OrmContext;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The routing wiring, with two H2 databases standing in for the primary and the replica (each names itself in its
 * {@code server} table; the stand-in replica receives no writes, like a lagging one). The tests on real replication
 * are {@link PostgresReplicaTest} and {@link MariaDbReplicaTest}.
 */
class ReplicaRoutingTest {
    private TestDatabase primary;
    private TestDatabase replica;

    @BeforeEach
    void databases() throws Exception {
        primary = TestDatabase.fresh("h2");
        replica = TestDatabase.fresh("h2");
        for (TestDatabase db : new TestDatabase[] {primary, replica}) {
            db.run("CREATE TABLE server (name VARCHAR(20))",
                    "INSERT INTO server (name) VALUES ('" + (db == primary ? "primary" : "replica") + "')",
                    "CREATE TABLE customer (id INTEGER AUTO_INCREMENT PRIMARY KEY, name VARCHAR(30) NOT NULL UNIQUE, "
                            + "version INTEGER NOT NULL)");
        }
    }

    @AfterEach
    void close() throws Exception {
        replica.close();
        primary.close();
    }

    private ApplicationContextRunner runner(String... properties) {
        return OrmContext.runner(primary)
                .withConfiguration(AutoConfigurations.of(AlchemyReplicaAutoConfiguration.class,
                        ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                        DataSourcePoolMetricsAutoConfiguration.class, AlchemyMetricsAutoConfiguration.class))
                .withPropertyValues("alchemy.replica.url=" + replica.url(), "alchemy.replica.username=",
                        "alchemy.replica.pool.maximum-size=2")
                .withPropertyValues(properties);
    }

    private static TransactionTemplate readOnly(ApplicationContext context) {
        TransactionTemplate template = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        template.setReadOnly(true);
        return template;
    }

    private static TransactionTemplate readWrite(ApplicationContext context) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    private static <T> T readOnly(ApplicationContext context, java.util.function.Supplier<T> work) {
        return readOnly(context).execute(status -> work.get());
    }

    private static <T> T readWrite(ApplicationContext context, java.util.function.Supplier<T> work) {
        return readWrite(context).execute(status -> work.get());
    }

    private static String server(Engine engine) {
        try (io.alchemy.engine.Connection conn = engine.connect()) {
            return conn.execute(text("SELECT name FROM server")).scalar(String.class);
        }
    }

    @Test
    void readOnlyTransactionsRunOnTheReplicaAndTheOthersOnThePrimary() {
        runner().run(context -> {
            Engine engine = context.getBean(Engine.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(context.getBean(DataSource.class)).isInstanceOf(LazyConnectionDataSourceProxy.class);
            assertThat(readOnly(context, () -> server(engine))).isEqualTo("replica");
            assertThat(readWrite(context, () -> server(engine))).isEqualTo("primary");
            assertThat(readOnly(context, () -> jdbc.queryForObject("SELECT name FROM server", String.class)))
                    .isEqualTo("replica");
            assertThat(readOnly(context, () -> {
                String viaEngine = server(engine);
                String viaJdbcTemplate = jdbc.queryForObject("SELECT name FROM server", String.class);
                return viaEngine + "/" + viaJdbcTemplate;   // one transaction, one connection
            })).isEqualTo("replica/replica");
            assertThat(server(engine)).as("outside transactions").isEqualTo("primary");
        });
    }

    @Test
    void theSessionOfAReadOnlyTransactionReadsTheReplica() {
        runner("alchemy.replica.read-your-writes.enabled=false").run(context -> {
            Session session = context.getBean(Session.class);
            readWrite(context).executeWithoutResult(status -> session.add(new Customer("sandy")));
            assertThat(readWrite(context, () -> session.scalars(select(Customer.class)).all()))
                    .extracting(Customer::getName).containsExactly("sandy");
            assertThat(readOnly(context, () -> session.scalars(select(Customer.class)).all()))
                    .as("the stand-in replica never receives the write").isEmpty();
            assertThat(readOnly(context, () -> session.scalars(select(Customer.class)
                    .options(UsePrimary.usePrimary())).all())).extracting(Customer::getName).containsExactly("sandy");
        });
    }

    @Test
    void readYourWritesKeepsTheThreadThatWroteOnThePrimary() {
        runner("alchemy.replica.read-your-writes.window=1h").run(context -> {
            Engine engine = context.getBean(Engine.class);
            Session session = context.getBean(Session.class);
            assertThat(readOnly(context, () -> server(engine))).isEqualTo("replica");
            readWrite(context).execute(status -> server(engine));
            assertThat(readOnly(context, () -> server(engine))).as("a read is no write").isEqualTo("replica");
            readWrite(context).executeWithoutResult(status -> session.add(new Customer("patrick")));
            assertThat(readOnly(context, () -> server(engine))).isEqualTo("primary");
            assertThat(readOnly(context, () -> session.scalars(select(Customer.class)).all()))
                    .extracting(Customer::getName).containsExactly("patrick");
            context.getBean(ReplicaRouting.class).readYourWrites().forget();
            assertThat(readOnly(context, () -> server(engine))).isEqualTo("replica");
        });
    }

    @Test
    void metricsAreTaggedByTargetAndTheReplicaPoolHasItsOwnHikariMeters() {
        runner("alchemy.replica.pool.name=shop-replica").run(context -> {
            Engine engine = context.getBean(Engine.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            readOnly(context).execute(status -> server(engine));
            readOnly(context).execute(status -> server(engine));
            readWrite(context).execute(status -> server(engine));
            assertThat(meters.get("alchemy.statements").tag("target", "replica").tag("operation", "select").timer()
                    .count()).isEqualTo(2);
            assertThat(meters.get("alchemy.statements").tag("target", "primary").tag("operation", "select").timer()
                    .count()).isOne();
            assertThat(meters.get("alchemy.connections.acquire").tag("target", "replica").timer().count()).isEqualTo(2);
            assertThat(meters.get("alchemy.connections.active").tag("target", "replica").gauge().value()).isZero();
            assertThat(meters.get("alchemy.statements.rows").tag("target", "replica").summary().count()).isEqualTo(2);
            assertThat(meters.find("hikaricp.connections").tag("pool", "shop-replica").gauge()).isNotNull();
            HikariDataSource primaryPool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
            assertThat(meters.find("hikaricp.connections").tag("pool", primaryPool.getPoolName()).gauge()).isNotNull();
            assertThat(context.getBean(ReplicaRouting.class).replica().isReadOnly()).isTrue();
        });
    }

    @Test
    void withoutAReplicaUrlNothingIsRouted() {
        OrmContext.runner(primary).withConfiguration(AutoConfigurations.of(AlchemyReplicaAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ReplicaRouting.class);
                    assertThat(context.getBean(DataSource.class)).isNotInstanceOf(LazyConnectionDataSourceProxy.class);
                    assertThat(readOnly(context, () -> server(context.getBean(Engine.class))))
                            .isEqualTo("primary");
                });
    }
}
