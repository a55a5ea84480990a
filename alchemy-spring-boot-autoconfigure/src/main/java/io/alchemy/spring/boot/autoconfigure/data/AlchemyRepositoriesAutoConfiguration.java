package io.alchemy.spring.boot.autoconfigure.data;

import io.alchemy.orm.Session;
import io.alchemy.spring.boot.autoconfigure.orm.AlchemyOrmAutoConfiguration;
import io.alchemy.spring.data.AlchemyRepository;
import io.alchemy.spring.data.config.AlchemyRepositoryConfigurationExtension;
import io.alchemy.spring.data.config.EnableAlchemyRepositories;
import io.alchemy.spring.data.support.AlchemyRepositoryFactoryBean;
import java.lang.annotation.Annotation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Alchemy repositories in the application's packages (those of {@code @SpringBootApplication}), like Boot's
 * auto-configuration of Spring Data JPA repositories: every interface extending {@link AlchemyRepository} becomes a
 * bean working on the transaction-bound {@link Session} bean. Backs off when the application declares
 * {@link EnableAlchemyRepositories} itself, and is off with {@code alchemy.repositories.enabled=false}.
 */
@AutoConfiguration(after = AlchemyOrmAutoConfiguration.class)
@ConditionalOnClass({ AlchemyRepository.class, Session.class })
@ConditionalOnBean(Session.class)
@ConditionalOnMissingBean({ AlchemyRepositoryFactoryBean.class, AlchemyRepositoryConfigurationExtension.class })
@ConditionalOnBooleanProperty(name = "alchemy.repositories.enabled", matchIfMissing = true)
@Import(AlchemyRepositoriesAutoConfiguration.Registrar.class)
public final class AlchemyRepositoriesAutoConfiguration {

    /** Registers the repositories as {@code @EnableAlchemyRepositories} would on the auto-configuration packages. */
    static final class Registrar extends AbstractRepositoryConfigurationSourceSupport {

        @Override
        protected Class<? extends Annotation> getAnnotation() {
            return EnableAlchemyRepositories.class;
        }

        @Override
        protected Class<?> getConfiguration() {
            return EnableAlchemyRepositoriesConfiguration.class;
        }

        @Override
        protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
            return new AlchemyRepositoryConfigurationExtension();
        }

        @EnableAlchemyRepositories
        private static final class EnableAlchemyRepositoriesConfiguration {
        }
    }
}
