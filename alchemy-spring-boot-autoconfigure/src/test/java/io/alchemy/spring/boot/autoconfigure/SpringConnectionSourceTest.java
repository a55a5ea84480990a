package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

class SpringConnectionSourceTest {

    @MatrixTest
    void insideASpringTransactionHandsOutTheTransactionsConnection(TestDatabase db) {
        DataSource dataSource = new DriverManagerDataSource(db.url());
        SpringConnectionSource source = new SpringConnectionSource(dataSource);
        transactions(dataSource).executeWithoutResult(status -> sql(() -> {
            Connection bound = DataSourceUtils.getConnection(dataSource);
            Connection acquired = source.acquire();
            assertThat(acquired).isSameAs(bound);
            assertThat(acquired.getAutoCommit()).isFalse();
            assertThat(source.isExternallyManaged(acquired)).isTrue();
            source.release(acquired);
            assertThat(bound.isClosed()).as("released, but still the transaction's").isFalse();
        }));
    }

    @MatrixTest
    void outsideATransactionHandsOutAPlainConnectionAndClosesItOnRelease(TestDatabase db) throws Exception {
        SpringConnectionSource source = new SpringConnectionSource(new DriverManagerDataSource(db.url()));
        Connection acquired = source.acquire();
        assertThat(acquired.getAutoCommit()).isTrue();
        assertThat(source.isExternallyManaged(acquired)).isFalse();
        source.release(acquired);
        assertThat(acquired.isClosed()).isTrue();
    }

    @MatrixTest
    void markRollbackOnlyRollsTheSpringTransactionBack(TestDatabase db) throws Exception {
        Accounts.create(db);
        DataSource dataSource = new DriverManagerDataSource(db.url());
        SpringConnectionSource source = new SpringConnectionSource(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThatThrownBy(() -> transactions(dataSource).executeWithoutResult(status -> sql(() -> {
            jdbc.update("INSERT INTO account (id, name) VALUES (1, 'spongebob')");
            Connection acquired = source.acquire();
            source.markRollbackOnly(acquired);
            source.release(acquired);
        }))).isInstanceOf(UnexpectedRollbackException.class);
        assertThat(Accounts.committed(db)).isZero();
    }

    @MatrixTest
    void markRollbackOnlyOutsideATransactionChangesNothing(TestDatabase db) throws Exception {
        Accounts.create(db);
        SpringConnectionSource source = new SpringConnectionSource(new DriverManagerDataSource(db.url()));
        Connection acquired = source.acquire();
        source.markRollbackOnly(acquired);
        acquired.createStatement().execute("INSERT INTO account (id, name) VALUES (1, 'sandy')");
        source.release(acquired);
        assertThat(Accounts.committed(db)).isEqualTo(1);
    }

    @Test
    void describesItselfAndLeavesTheDataSourceOpen() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:describe");
        SpringConnectionSource source = new SpringConnectionSource(dataSource);
        source.close();
        assertThat(source.describe()).isEqualTo("Spring-managed " + DriverManagerDataSource.class.getName());
        assertThat(source.dataSource()).isSameAs(dataSource);
    }

    @Test
    void rejectsAMissingDataSource() {
        assertThatNullPointerException().isThrownBy(() -> new SpringConnectionSource(null)).withMessage("dataSource");
    }

    private static TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static void sql(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
