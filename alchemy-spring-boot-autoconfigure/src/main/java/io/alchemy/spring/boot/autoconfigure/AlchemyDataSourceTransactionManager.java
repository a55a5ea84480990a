package io.alchemy.spring.boot.autoconfigure;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's {@link DataSourceTransactionManager} (used when {@code spring.dao.exceptiontranslation.enabled=false}),
 * except that rolling back a transaction whose connection has died is quiet, as with
 * {@link AlchemyJdbcTransactionManager}.
 */
public class AlchemyDataSourceTransactionManager extends DataSourceTransactionManager {

    /** A transaction manager for {@code dataSource}. */
    public AlchemyDataSourceTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    /** Begins as Spring does; an exhausted HikariCP pool's timeout carries a {@code PoolTimeoutError}. */
    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        BeginOnExhaustedPool.begin(obtainDataSource(), () -> super.doBegin(transaction, definition));
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        RollbackOnDeadConnection.rollback(status, () -> super.doRollback(status));
    }
}
