package io.alchemy.spring.boot.autoconfigure.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.alchemy.engine.ReadYourWrites;
import io.alchemy.engine.WriteTracker;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.ClassUtils;

/**
 * Read replicas, when {@code alchemy.replica.url} is set: the replica's HikariCP pool (read-only connections, named by
 * {@code alchemy.replica.pool.name}), the {@code dataSource} bean wrapped so that read-only transactions take their
 * connection from it ({@link PrimaryDataSourceWrapper}), and read-your-writes: a listener of the Engine noting every
 * write on the primary, so that the request (or thread) that wrote reads from the primary afterwards.
 */
@AutoConfiguration(beforeName = "io.alchemy.spring.boot.autoconfigure.AlchemyAutoConfiguration")
@ConditionalOnClass({ LazyConnectionDataSourceProxy.class, HikariDataSource.class })
@ConditionalOnProperty("alchemy.replica.url")
@EnableConfigurationProperties(ReplicaProperties.class)
public final class AlchemyReplicaAutoConfiguration {

    /** Wraps the {@code dataSource} bean (a post-processor: static, created before the other beans). */
    @Bean
    static PrimaryDataSourceWrapper alchemyPrimaryDataSourceWrapper() {
        return new PrimaryDataSourceWrapper();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ReplicaRouting alchemyReplicaRouting(ReplicaProperties properties,
            org.springframework.beans.factory.ObjectProvider<DataSourceProperties> primaryProperties) {
        HikariDataSource replica = new HikariDataSource();
        replica.setJdbcUrl(properties.getUrl());
        DataSourceProperties primary = primaryProperties.getIfAvailable();
        String username = properties.getUsername() != null ? properties.getUsername()
                : primary == null ? null : primary.getUsername();
        String password = properties.getPassword() != null ? properties.getPassword()
                : primary == null ? null : primary.getPassword();
        if (username != null) {
            replica.setUsername(username);
        }
        if (password != null) {
            replica.setPassword(password);
        }
        replica.setPoolName(properties.getPool().getName());
        replica.setMaximumPoolSize(properties.getPool().getMaximumSize());
        replica.setMinimumIdle(properties.getPool().getMinimumIdle());
        replica.setConnectionTimeout(properties.getPool().getConnectionTimeout().toMillis());
        replica.setReadOnly(true);
        replica.setInitializationFailTimeout(-1);
        return new ReplicaRouting(replica, readYourWrites(properties.getReadYourWrites()));
    }

    /** Notes the Engine's writes on the primary for read-your-writes (the Engine registers every listener bean). */
    @Bean
    WriteTracker alchemyReplicaWriteTracker(ReplicaRouting routing) {
        return new WriteTracker(routing.readYourWrites());
    }

    private static ReadYourWrites readYourWrites(ReplicaProperties.ReadYourWrites settings) {
        if (!settings.isEnabled()) {
            return ReadYourWrites.off();
        }
        if (ClassUtils.isPresent("org.springframework.web.context.request.RequestContextHolder",
                AlchemyReplicaAutoConfiguration.class.getClassLoader())) {
            return new RequestReadYourWrites(settings.getWindow());
        }
        return ReadYourWrites.perThread(settings.getWindow());
    }
}
