package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.Engine;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionManager;

/**
 * The application's transaction manager, in place of Boot's {@code DataSourceTransactionManagerAutoConfiguration}
 * one and configured the same way ({@code spring.dao.exceptiontranslation.enabled}, Boot's transaction manager
 * customizers), whose rollback of a transaction on a dead connection is quiet (see
 * {@link AlchemyJdbcTransactionManager}). Backs off when the application defines any {@code TransactionManager}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class },
        before = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnClass({ Engine.class, JdbcTemplate.class, TransactionManager.class,
        TransactionManagerCustomizers.class })
@ConditionalOnSingleCandidate(DataSource.class)
public final class AlchemyTransactionManagerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(TransactionManager.class)
    DataSourceTransactionManager transactionManager(Environment environment, DataSource dataSource,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        DataSourceTransactionManager transactionManager =
                environment.getProperty("spring.dao.exceptiontranslation.enabled", Boolean.class, Boolean.TRUE)
                        ? new AlchemyJdbcTransactionManager(dataSource)
                        : new AlchemyDataSourceTransactionManager(dataSource);
        customizers.ifAvailable(each -> each.customize(transactionManager));
        return transactionManager;
    }
}
