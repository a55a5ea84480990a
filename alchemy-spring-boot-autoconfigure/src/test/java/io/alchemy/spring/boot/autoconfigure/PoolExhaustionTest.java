package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.PoolTimeoutError;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Boot's HikariCP pool with every connection in use: the Engine outside a transaction raises {@link PoolTimeoutError},
 * and beginning a Spring transaction fails with Spring's {@link CannotCreateTransactionException} carrying it, both
 * naming the pool's size, the timeout and the properties to raise (not a "could not connect" that reads like an
 * outage).
 */
class PoolExhaustionTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    TransactionManagerCustomizationAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    AlchemyAutoConfiguration.class, AlchemyTransactionManagerAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:exhausted;DB_CLOSE_DELAY=-1",
                    "spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.connection-timeout=250");

    @Test
    void anExhaustedPoolIsAPoolTimeoutThatSaysWhatToRaise() {
        runner.run(context -> {
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection held = dataSource.getConnection()) {
                assertThat(held.isValid(1)).isTrue();

                assertThatThrownBy(() -> context.getBean(Engine.class).connect())
                        .isInstanceOf(PoolTimeoutError.class)
                        .hasMessageContaining("Pool limit of size 1 reached")
                        .hasMessageContaining("spring.datasource.hikari.maximum-pool-size")
                        .satisfies(e -> assertThat(((PoolTimeoutError) e).timeoutMillis()).isEqualTo(250));

                TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
                assertThatThrownBy(() -> transactions.executeWithoutResult(status -> { }))
                        .isInstanceOf(CannotCreateTransactionException.class)
                        .hasMessageContaining("spring.datasource.hikari.connection-timeout")
                        .hasCauseInstanceOf(PoolTimeoutError.class);
            }
            // with the connection back, both work again
            context.getBean(Engine.class).connect().close();
            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> { });
        });
    }
}
