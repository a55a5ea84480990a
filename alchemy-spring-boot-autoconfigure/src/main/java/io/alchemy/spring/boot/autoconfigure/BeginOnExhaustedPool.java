package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.exc.PoolTimeoutError;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Begins a Spring transaction so that a HikariCP checkout timeout with every connection busy says so: the
 * {@link CannotCreateTransactionException} Spring throws carries a {@link PoolTimeoutError} (the pool's size, the
 * timeout, the properties to raise) instead of only the pool's "Connection is not available".
 */
final class BeginOnExhaustedPool {
    private BeginOnExhaustedPool() {
    }

    static void begin(DataSource dataSource, Runnable begin) {
        try {
            begin.run();
        } catch (CannotCreateTransactionException e) {
            if (e.getCause() instanceof SQLException cause) {
                PoolTimeoutError timeout = PoolTimeoutError.ofHikariTimeout(dataSource, cause);
                if (timeout != null) {
                    throw new CannotCreateTransactionException(timeout.getMessage(), timeout);
                }
            }
            throw e;
        }
    }
}
