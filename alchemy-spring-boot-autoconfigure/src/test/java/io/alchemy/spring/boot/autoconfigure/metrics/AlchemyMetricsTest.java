package io.alchemy.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.orm.OrmContext;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

/** The alchemy.* meters, fed from inside the Engine and the Session, on every database; and their switches. */
class AlchemyMetricsTest {
    private static final AutoConfigurations MICROMETER = AutoConfigurations.of(ObservationAutoConfiguration.class,
            MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class, AlchemyMetricsAutoConfiguration.class);

    private static ApplicationContextRunner runner(TestDatabase db) {
        return OrmContext.runner(db).withConfiguration(MICROMETER);
    }

    @MatrixTest
    void statementsAreTimedByOperationOutcomeAndDialect(TestDatabase db) {
        runner(db).run(context -> {
            OrmContext.createTables(context);
            Engine engine = context.getBean(Engine.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            engine.begin(conn -> conn.execDriverSql("INSERT INTO customer (name, version) VALUES ('sandy', 1)"));
            engine.begin(conn -> conn.execDriverSql("SELECT name FROM customer").all());
            engine.begin(conn -> conn.execDriverSql("SELECT name FROM customer").all());
            assertThatThrownBy(() -> engine.begin(conn -> conn.execDriverSql("SELECT * FROM no_such_table")))
                    .isInstanceOf(RuntimeException.class);
            assertThat(statements(meters, "insert", "success", db.name()).timer().count()).isOne();
            assertThat(statements(meters, "select", "success", db.name()).timer().count()).isEqualTo(2);
            assertThat(statements(meters, "select", "error", db.name()).timer().count()).isOne();
            assertThat(meters.find("alchemy.statements").tagKeys("sql").meters()).as("SQL is high-cardinality").isEmpty();
        });
    }

    @MatrixTest
    void sessionFlushesAreObservedWithTheObjectsTheyWrote(TestDatabase db) {
        runner(db).run(context -> {
            OrmContext.createTables(context);
            Session session = context.getBean(Session.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            Customer spongebob = transactions.execute(status -> {
                Customer customer = new Customer("spongebob");
                session.add(customer);
                session.add(new Customer("patrick"));
                return customer;
            });
            transactions.executeWithoutResult(status -> {
                session.get(Customer.class, spongebob.getId()).setName("SpongeBob");
                session.delete(session.get(Customer.class, spongebob.getId() + 1));
            });
            assertThat(meters.get("alchemy.session.flushes").timer().count())
                    .as("before the first commit; the autoflush of the second get(); before the second commit")
                    .isEqualTo(3);
            assertThat(meters.get("alchemy.session.objects").tag("operation", "insert").counter().count()).isEqualTo(2);
            assertThat(meters.get("alchemy.session.objects").tag("operation", "update").counter().count()).isEqualTo(1);
            assertThat(meters.get("alchemy.session.objects").tag("operation", "delete").counter().count()).isEqualTo(1);
        });
    }

    @MatrixTest
    void rowsReturnedPerQuery(TestDatabase db) {
        runner(db).run(context -> {
            OrmContext.createTables(context);
            Engine engine = context.getBean(Engine.class);
            engine.begin(conn -> conn.execDriverSql(
                    "INSERT INTO customer (name, version) VALUES ('sandy', 1), ('patrick', 1), ('gary', 1)"));
            engine.begin(conn -> conn.execDriverSql("SELECT name FROM customer").all());
            engine.begin(conn -> conn.execDriverSql("SELECT name FROM customer WHERE name = 'sandy'").all());
            io.micrometer.core.instrument.DistributionSummary rows = context.getBean(MeterRegistry.class)
                    .get("alchemy.statements.rows").tag("dialect", db.name()).summary();
            assertThat(rows.count()).as("the two queries, not the INSERT").isEqualTo(2);
            assertThat(rows.totalAmount()).isEqualTo(4);
            assertThat(rows.max()).isEqualTo(3);
        });
    }

    @MatrixTest
    void connectionsAreTimedAndCounted(TestDatabase db) {
        runner(db).run(context -> {
            Engine engine = context.getBean(Engine.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            long before = meters.get("alchemy.connections.acquire").timer().count();
            try (io.alchemy.engine.Connection conn = engine.connect()) {
                assertThat(meters.get("alchemy.connections.active").gauge().value()).isOne();
            }
            assertThat(meters.get("alchemy.connections.active").gauge().value()).isZero();
            assertThat(meters.get("alchemy.connections.acquire").timer().count()).isEqualTo(before + 1);
        });
    }

    @MatrixTest
    void statementCacheHitsAndMisses(TestDatabase db) {
        runner(db).run(context -> {
            OrmContext.createTables(context);
            Engine engine = context.getBean(Engine.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            io.alchemy.schema.Table customer = context.getBean(io.alchemy.orm.Registry.class).metadata().tables()
                    .get("customer");
            double misses = meters.get("alchemy.statement.cache").tag("result", "miss").functionCounter().count();
            double hits = meters.get("alchemy.statement.cache").tag("result", "hit").functionCounter().count();
            for (int i = 0; i < 3; i++) {
                engine.begin(conn -> conn.execute(io.alchemy.Alchemy.select(customer.c("name"))).all());
            }
            assertThat(meters.get("alchemy.statement.cache").tag("result", "miss").functionCounter().count())
                    .isEqualTo(misses + 1);
            assertThat(meters.get("alchemy.statement.cache").tag("result", "hit").functionCounter().count())
                    .isEqualTo(hits + 2);
            assertThat(meters.get("alchemy.statement.cache.size").gauge().value()).isPositive();
        });
    }

    @Test
    void theApplicationsConventionNamesTheStatements() {
        OrmContext.runner().withConfiguration(MICROMETER)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:own_convention")
                .withBean(StatementObservationConvention.class, () -> new StatementObservationConvention() {
                    @Override
                    public String getName() {
                        return "shop.sql";
                    }
                })
                .run(context -> {
                    context.getBean(Engine.class).begin(conn -> conn.execDriverSql("SELECT 1"));
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get("shop.sql").tag("operation", "select").timer().count()).isOne();
                    assertThat(meters.find("alchemy.statements").meters()).isEmpty();
                });
    }

    @Test
    void theOffSwitchTurnsEverythingOff() {
        OrmContext.runner().withConfiguration(MICROMETER)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:metrics_off", "alchemy.metrics.enabled=false")
                .run(context -> {
                    context.getBean(Engine.class).begin(conn -> conn.execDriverSql("SELECT 1"));
                    assertThat(context).doesNotHaveBean(StatementObservations.class)
                            .doesNotHaveBean(ConnectionMetrics.class).doesNotHaveBean(StatementCacheMetrics.class)
                            .doesNotHaveBean(QueryRowMetrics.class);
                    assertThat(context.getBean(MeterRegistry.class).find("alchemy.statements").meters()).isEmpty();
                    assertThat(context.getBean(MeterRegistry.class).find("alchemy.connections.active").meters()).isEmpty();
                    assertThat(context.getBean(Session.class)).isNotNull();
                });
    }

    @Test
    void noMetricsWithoutMicrometer() {
        OrmContext.runner().withConfiguration(MICROMETER)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:no_micrometer")
                .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StatementObservations.class)
                        .doesNotHaveBean(ConnectionMetrics.class));
    }

    @Test
    void metersWithoutAnObservationRegistry() {
        OrmContext.runner().withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                        AlchemyMetricsAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:no_observations")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StatementObservations.class)
                        .hasSingleBean(ConnectionMetrics.class).hasSingleBean(StatementCacheMetrics.class));
    }

    private static Search statements(MeterRegistry meters, String operation, String outcome, String dialect) {
        return meters.find("alchemy.statements").tag("operation", operation).tag("outcome", outcome).tag("dialect", dialect);
    }
}
