package io.alchemy.spring.boot.autoconfigure;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's {@link JdbcTransactionManager} (exceptions translated into {@code DataAccessException}s), except that
 * rolling back a transaction whose connection has died is quiet: the database already ended that transaction, and
 * the error that killed the connection (a flush's, say) is what the caller of the {@code @Transactional} method
 * sees, rather than the rollback's {@code TransactionSystemException}. A rollback that fails on a connection that is
 * still valid throws as in Spring.
 */
public class AlchemyJdbcTransactionManager extends JdbcTransactionManager {

    /** A transaction manager for {@code dataSource}. */
    public AlchemyJdbcTransactionManager(DataSource dataSource) {
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
