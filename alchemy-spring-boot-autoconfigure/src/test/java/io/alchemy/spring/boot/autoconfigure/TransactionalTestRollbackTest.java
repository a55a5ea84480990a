package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.spring.boot.autoconfigure.orm.AlchemyScan;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/** A full Boot application (every auto-configuration on the class path): a {@code @Transactional} test rolls back the Engine's writes. */
@SpringBootTest(classes = TransactionalTestRollbackTest.Application.class,
        properties = "spring.sql.init.schema-locations=classpath:initialization/account.sql")
@Transactional
class TransactionalTestRollbackTest {
    @Autowired
    private Engine engine;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theEnginesWritesAreVisibleInTheTestTransaction() {
        engine.begin(conn -> Accounts.insert(conn, 1, "spongebob"));
        engine.begin(conn -> Accounts.insert(conn, 2, "patrick"));
        assertThat(count()).isEqualTo(2);
    }

    @AfterTransaction
    void theTestTransactionRolledThemBack() {
        assertThat(count()).isZero();
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM account", Integer.class);
    }

    /** Maps the test model only: mapping is per class, and other tests' contexts map the same classes. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @AlchemyScan(basePackageClasses = Customer.class)
    static class Application {
    }
}
