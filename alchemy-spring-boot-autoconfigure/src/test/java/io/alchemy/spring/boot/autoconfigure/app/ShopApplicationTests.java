package io.alchemy.spring.boot.autoconfigure.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application on one database (subclasses choose it): every auto-configuration on the class path, the
 * tables created by {@code alchemy.ddl-auto}, a {@code @Transactional} service over the Session and a repository.
 */
abstract class ShopApplicationTests {
    /** Flyway is on the test class path (for FlywayValidationTest); this application's tables come from ddl-auto. */
    static final String NO_MIGRATIONS = "spring.flyway.enabled=false";

    @Autowired
    CustomerService service;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Engine engine;

    @Autowired
    MeterRegistry meters;

    /** The dialect the subclass runs on. */
    abstract String dialect();

    @AfterEach
    void deleteCustomers() {
        jdbc.update("DELETE FROM purchase");
        jdbc.update("DELETE FROM customer");
    }

    @Test
    void runsOnItsDatabase() {
        assertThat(engine.dialect().name()).isEqualTo(dialect());
    }

    @Test
    void aServiceCommitsWhatItAddsToTheSession() {
        Customer sandy = service.register("sandy");
        assertThat(customers.findById(sandy.getId())).get().extracting(Customer::getName).isEqualTo("sandy");
        assertThat(jdbc.queryForObject("SELECT name FROM customer", String.class)).isEqualTo("sandy");
    }

    @Test
    void repositoriesSeeTheSessionsPendingObjects() {
        assertThat(service.registerAndFind("patrick")).get().extracting(Customer::getName).isEqualTo("patrick");
    }

    @Test
    void anExceptionRollsBackTheServicesWork() {
        assertThatThrownBy(() -> service.registerThenFail("squidward")).isInstanceOf(IllegalStateException.class);
        assertThat(customers.count()).isZero();
    }

    @Test
    void duplicatesAreSpringsDuplicateKeyException() {
        service.register("gary");
        assertThatThrownBy(() -> service.register("gary")).isInstanceOf(DuplicateKeyException.class);
        assertThat(customers.count()).isOne();
    }

    @Test
    void readOnlyTransactionsWriteNothing() {
        Customer karen = service.register("karen");
        assertThat(service.renameReadOnly(karen.getId(), "plankton").getName()).isEqualTo("plankton");
        assertThat(jdbc.queryForObject("SELECT name FROM customer", String.class)).isEqualTo("karen");
    }

    @Test
    void statementMetricsGrowAsTheApplicationWorks() {
        double before = inserts();
        service.register("pearl");
        service.register("larry");
        assertThat(inserts()).isEqualTo(before + 2);
    }

    private double inserts() {
        return meters.find("alchemy.statements").tag("operation", "insert").tag("dialect", dialect()).timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }
}
