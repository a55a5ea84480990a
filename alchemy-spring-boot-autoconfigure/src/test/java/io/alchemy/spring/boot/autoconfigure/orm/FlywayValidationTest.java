package io.alchemy.spring.boot.autoconfigure.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.spring.boot.autoconfigure.schema.SchemaValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code alchemy.ddl-auto=validate} runs after Flyway has migrated the database. */
class FlywayValidationTest {
    private final ApplicationContextRunner runner = OrmContext.runner().withUserConfiguration(OrmContext.ScanModel.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + java.util.UUID.randomUUID(),
                    "alchemy.ddl-auto=validate", "spring.flyway.locations=classpath:flyway/shop");

    @Test
    void validatesTheSchemaFlywayMigrated() {
        runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class)).run(context -> {
            assertThat(context).hasNotFailed();
            Session session = context.getBean(Session.class);
            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> session.add(new Customer("sandy")));
        });
    }

    @Test
    void withoutTheMigrationsValidationFails() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(SchemaValidationException.class).hasMessageContaining("table customer is missing"));
    }
}
