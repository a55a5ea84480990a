package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doThrow;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alchemy's transaction manager: configured as Boot's, and quiet only when rolling back on a dead connection.
 */
class AlchemyTransactionManagerTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    TransactionManagerCustomizationAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    AlchemyAutoConfiguration.class, AlchemyTransactionManagerAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:txmanager;DB_CLOSE_DELAY=-1");

    @Test
    void replacesBootsTransactionManagerAndKeepsItsSettings() {
        runner.withPropertyValues("spring.transaction.default-timeout=7").run(context -> {
            assertThat(context).getBean(PlatformTransactionManager.class)
                    .isExactlyInstanceOf(AlchemyJdbcTransactionManager.class);
            assertThat(context.getBean(DataSourceTransactionManager.class).getDefaultTimeout()).isEqualTo(7);
        });
        runner.withPropertyValues("spring.dao.exceptiontranslation.enabled=false").run(context -> assertThat(context)
                .getBean(PlatformTransactionManager.class).isExactlyInstanceOf(AlchemyDataSourceTransactionManager.class));
    }

    @Test
    void backsOffForTheApplicationsOwnTransactionManager() {
        runner.withBean("mine", PlatformTransactionManager.class,
                () -> new DataSourceTransactionManager(mock(DataSource.class))).run(context -> assertThat(context)
                        .getBean(PlatformTransactionManager.class).isExactlyInstanceOf(DataSourceTransactionManager.class));
    }

    @Test
    void aRollbackOnADeadConnectionLeavesTheApplicationsErrorAsWhatIsThrown() throws SQLException {
        Connection connection = connectionWhoseRollbackFails();
        when(connection.isClosed()).thenReturn(true);
        IllegalStateException applications = new IllegalStateException("the flush's error");
        assertThatThrownBy(() -> inTransaction(new AlchemyJdbcTransactionManager(dataSource(connection)), applications))
                .isSameAs(applications);
        assertThatThrownBy(() -> inTransaction(new AlchemyDataSourceTransactionManager(dataSource(connection)),
                applications)).isSameAs(applications);
    }

    @Test
    void aRollbackThatFailsOnALiveConnectionStillFails() throws SQLException {
        Connection connection = connectionWhoseRollbackFails();
        when(connection.isClosed()).thenReturn(false);
        when(connection.isValid(anyInt())).thenReturn(true);
        IllegalStateException applications = new IllegalStateException("the application's error");
        assertThatThrownBy(() -> inTransaction(new AlchemyJdbcTransactionManager(dataSource(connection)), applications))
                .isInstanceOfAny(DataAccessException.class, TransactionSystemException.class)
                .hasMessageContaining("rollback");
        assertThatThrownBy(() -> inTransaction(new AlchemyDataSourceTransactionManager(dataSource(connection)),
                applications)).isInstanceOf(TransactionSystemException.class).hasMessageContaining("rollback failed");
    }

    private static void inTransaction(PlatformTransactionManager manager, RuntimeException thrown) {
        new TransactionTemplate(manager).executeWithoutResult(status -> {
            throw thrown;
        });
    }

    private static Connection connectionWhoseRollbackFails() throws SQLException {
        Connection connection = mock(Connection.class);
        when(connection.getAutoCommit()).thenReturn(true);
        doThrow(new SQLException("rollback refused", "XX000")).when(connection).rollback();
        return connection;
    }

    private static DataSource dataSource(Connection connection) throws SQLException {
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(connection);
        return dataSource;
    }
}
