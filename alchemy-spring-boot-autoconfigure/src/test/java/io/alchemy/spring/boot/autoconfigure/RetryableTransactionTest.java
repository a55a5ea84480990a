package io.alchemy.spring.boot.autoconfigure;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.DBAPIError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Framework 7's {@code @Retryable} with {@link AlchemyRetryPredicate} on a {@code @Transactional} method: a lock
 * wait timeout (a real one: another connection holds the row) fails the first attempt, whose transaction is rolled
 * back, and the method runs again in a new transaction.
 */
class RetryableTransactionTest {

    private static final Map<String, String> LOCK_TIMEOUT = Map.of(
            "postgresql", "SET LOCAL lock_timeout = '200ms'",
            "mariadb", "SET SESSION innodb_lock_wait_timeout = 1");

    @MatrixTest
    void aRetryableErrorRunsTheTransactionalMethodAgainInANewTransaction(TestDatabase db) throws Exception {
        assumeTrue(LOCK_TIMEOUT.containsKey(db.name()), "row lock timeouts between connections: PostgreSQL, MariaDB");
        db.run("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
                "INSERT INTO counter (id, n) VALUES (1, 0)");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        AlchemyAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.hikari.maximum-pool-size=3")
                .withUserConfiguration(ResilientMethods.class)
                .withBean(Bumper.class)
                .run(context -> {
                    Bumper bumper = context.getBean(Bumper.class);
                    try (java.sql.Connection holder = db.openJdbc()) {
                        holder.setAutoCommit(false);
                        try (Statement statement = holder.createStatement()) {
                            statement.execute("UPDATE counter SET n = n + 100 WHERE id = 1");
                        }
                        bumper.bump(LOCK_TIMEOUT.get(db.name()), holder);
                    }
                    assertThat(bumper.attempts()).isEqualTo(2);
                    assertThat(bumper.failure().isRetryable()).isTrue();
                    try (Connection conn = context.getBean(Engine.class).connect()) {
                        assertThat(conn.execute(text("SELECT n FROM counter WHERE id = 1")).scalarOne(Integer.class))
                                .isEqualTo(101);
                    }
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableResilientMethods
    static class ResilientMethods {
    }

    static class Bumper {
        final AtomicInteger attempts = new AtomicInteger();
        final Engine engine;
        volatile DBAPIError failure;

        Bumper(Engine engine) {
            this.engine = engine;
        }

        public int attempts() {
            return attempts.get();
        }

        public DBAPIError failure() {
            return failure;
        }

        /** Times out on the held row in its first attempt; the holder then commits, and the second attempt goes through. */
        @Retryable(predicate = AlchemyRetryPredicate.class, maxRetries = 3, delay = 10)
        @Transactional
        public void bump(String lockTimeout, java.sql.Connection holder) throws Exception {
            attempts.incrementAndGet();
            try (Connection conn = engine.connect()) {
                conn.execute(text(lockTimeout));
                try {
                    conn.execute(text("UPDATE counter SET n = n + 1 WHERE id = 1"));
                } catch (DBAPIError e) {
                    failure = e;
                    holder.commit();
                    throw e;
                }
            }
        }
    }
}
