package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.spring.boot.autoconfigure.replica.ReplicaRouting;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Auto-configures an Alchemy {@link Engine} over the application's {@link DataSource}. The Engine's connections
 * come through {@link SpringConnectionSource}, so inside a Spring transaction the Engine, {@code JdbcTemplate} and
 * {@code JdbcClient} share one JDBC connection and one transaction, managed by Boot's transaction manager (or
 * {@link AlchemyTransactionManagerAutoConfiguration its subclass}).
 * With {@code alchemy.replica.url} the {@code DataSource} routes read-only transactions to a replica
 * ({@link io.alchemy.spring.boot.autoconfigure.replica.AlchemyReplicaAutoConfiguration}).
 * Alchemy's exceptions thrown from {@code @Repository} beans become Spring's {@code DataAccessException}s
 * ({@link AlchemyExceptionTranslator}). Backs off when the application defines its own {@code Engine}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ Engine.class, DataSourceUtils.class })
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(AlchemyProperties.class)
public final class AlchemyAutoConfiguration {

    @Bean(destroyMethod = "dispose")
    @ConditionalOnMissingBean
    Engine alchemyEngine(DataSource dataSource, AlchemyProperties properties,
            ObjectProvider<ConnectionEvents> listeners, ObjectProvider<EngineOptionsCustomizer> customizers,
            ObjectProvider<ReplicaRouting> replicaRouting) {
        EngineOptions.Builder options = EngineOptions.builder()
                .echo(properties.isEcho())
                .prePing(properties.isPrePing())
                .compiledCacheSize(properties.getCompiledCacheSize())
                .statementStatistics(properties.getStatementStatistics().isEnabled()
                        ? properties.getStatementStatistics().getMaxStatements() : 0);
        listeners.orderedStream().forEach(options::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(options));
        return Alchemy.createEngine(new SpringConnectionSource(dataSource, replicaRouting.getIfAvailable()), options.build());
    }

    /** Picked up by Boot's exception translation post-processor for {@code @Repository} beans. */
    @Bean
    @ConditionalOnMissingBean
    AlchemyExceptionTranslator alchemyExceptionTranslator(DataSource dataSource) {
        return new AlchemyExceptionTranslator(dataSource);
    }
}
