package io.alchemy.spring.boot.autoconfigure.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.exc.NPlusOneError;
import io.alchemy.spring.boot.autoconfigure.metrics.AlchemyMetricsAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.orm.OrmContext;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The insight of the auto-configured Engine and Sessions: N+1 incidents (alchemy.n-plus-one off, warn, raise), the
 * alchemy.n_plus_one counter, and /actuator/alchemy, which exists only when the application exposes it.
 */
class AlchemyInsightTest {
    private static final AutoConfigurations INSIGHT = AutoConfigurations.of(EndpointAutoConfiguration.class,
            AlchemyInsightAutoConfiguration.class);
    private static final AutoConfigurations MICROMETER = AutoConfigurations.of(ObservationAutoConfiguration.class,
            MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class, AlchemyMetricsAutoConfiguration.class);

    private static ApplicationContextRunner runner(TestDatabase db) {
        return OrmContext.runner(db).withConfiguration(INSIGHT).withPropertyValues("alchemy.n-plus-one-threshold=3");
    }

    /** Four customers, committed; their ids. */
    private static List<Integer> customers(ApplicationContext context) {
        OrmContext.createTables(context);
        Session session = context.getBean(Session.class);
        return context.getBean(TransactionTemplate.class).execute(status -> {
            List<Customer> added = new ArrayList<>();
            for (String name : List.of("spongebob", "sandy", "patrick", "squidward")) {
                Customer customer = new Customer(name);
                session.add(customer);
                added.add(customer);
            }
            session.flush();
            return added.stream().map(Customer::getId).toList();
        });
    }

    /** One transaction that gets each customer by id: a get() loop. */
    private static void getEach(ApplicationContext context, List<Integer> ids) {
        Session session = context.getBean(Session.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                ids.forEach(id -> assertThat(session.get(Customer.class, id)).isNotNull()));
    }

    @MatrixTest
    void theEndpointReportsStatementsCachePoolIncidentsAndFlushes(TestDatabase db) {
        runner(db).withPropertyValues("management.endpoints.web.exposure.include=alchemy").run(context -> {
            List<Integer> ids = customers(context);
            getEach(context, ids);
            AlchemyReport report = context.getBean(AlchemyEndpoint.class).report();

            assertThat(report.nPlusOne().mode()).isEqualTo("warn");
            assertThat(report.nPlusOne().threshold()).isEqualTo(3);
            assertThat(report.nPlusOne().total()).isEqualTo(1);
            assertThat(report.nPlusOne().bySubject()).containsEntry("Customer", 1L);
            assertThat(report.nPlusOne().recent()).singleElement().satisfies(incident -> {
                assertThat(incident.kind()).isEqualTo("repeated_get");
                assertThat(incident.count()).isEqualTo(4);
                assertThat(incident.message()).startsWith("Repeated statement (not a lazy load): get(Customer, id) "
                        + "ran 4 SELECTs by primary key in one transaction.");
            });
            assertThat(report.statements().enabled()).isTrue();
            assertThat(report.statements().maxStatements()).isEqualTo(200);
            assertThat(report.statements().top()).anySatisfy(statement -> {
                assertThat(statement.sql()).startsWith("SELECT customer.id").contains("FROM customer");
                assertThat(statement.operation()).isEqualTo("select");
                assertThat(statement.count()).isEqualTo(4);
                assertThat(statement.rows()).isEqualTo(4);
            });
            assertThat(report.statements().top()).anySatisfy(statement ->
                    assertThat(statement.operation()).isEqualTo("insert"));
            assertThat(report.statementCache().hits()).isPositive();
            assertThat(report.statementCache().hitRatio()).isBetween(0.0, 1.0);
            assertThat(report.statementCache().maxSize()).isEqualTo(500);
            assertThat(report.pool()).isNotNull();
            assertThat(report.pool().max()).isEqualTo(3);
            assertThat(report.pool().active()).isZero();
            assertThat(report.flushes()).isNotNull();
            assertThat(report.flushes().flushes()).isEqualTo(1);
            assertThat(report.flushes().inserted()).isEqualTo(4);

            context.getBean(AlchemyEndpoint.class).reset();
            AlchemyReport after = context.getBean(AlchemyEndpoint.class).report();
            assertThat(after.nPlusOne().total()).isZero();
            assertThat(after.nPlusOne().recent()).isEmpty();
            assertThat(after.statements().top()).isEmpty();
            assertThat(after.flushes().flushes()).isZero();
        });
    }

    @MatrixTest
    void theEndpointIsNotThereUnlessExposed(TestDatabase db) {
        runner(db).run(context -> {
            assertThat(context).hasSingleBean(Engine.class).doesNotHaveBean(AlchemyEndpoint.class);
            assertThat(context).hasSingleBean(NPlusOneIncidents.class);
        });
    }

    @MatrixTest
    void incidentsAreCountedAsAMetricByRelationshipAndKind(TestDatabase db) {
        runner(db).withConfiguration(MICROMETER).run(context -> {
            List<Integer> ids = customers(context);
            getEach(context, ids);
            getEach(context, ids.subList(0, 2));                              // below the threshold
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("alchemy.n_plus_one").tag("relationship", "Customer").tag("kind", "repeated_get")
                    .counter().count()).isEqualTo(1);
        });
    }

    @MatrixTest
    void raiseModeThrowsAtTheThreshold(TestDatabase db) {
        runner(db).withPropertyValues("alchemy.n-plus-one=raise").run(context -> {
            List<Integer> ids = customers(context);
            assertThatThrownBy(() -> getEach(context, ids)).satisfies(error -> {
                Throwable cause = error;
                while (!(cause instanceof NPlusOneError) && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                assertThat(cause).isInstanceOf(NPlusOneError.class)
                        .hasMessageStartingWith("Repeated statement (not a lazy load): get(Customer, id) ran 3 SELECTs");
            });
        });
    }

    @MatrixTest
    void offCountsNothing(TestDatabase db) {
        runner(db).withPropertyValues("alchemy.n-plus-one=off", "alchemy.statement-statistics.enabled=false")
                .run(context -> {
                    List<Integer> ids = customers(context);
                    getEach(context, ids);
                    assertThat(context.getBean(NPlusOneIncidents.class).total()).isZero();
                    assertThat(context.getBean(Engine.class).statementStatistics().isEnabled()).isFalse();
                });
    }
}
