package io.alchemy.spring.boot.autoconfigure.data;

import static io.alchemy.Alchemy.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.sample.gadgets.GadgetRepository;
import io.alchemy.spring.data.AlchemyRepository;
import io.alchemy.spring.data.config.EnableAlchemyRepositories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When the repositories are auto-configured, and when the auto-configuration backs off. */
class AlchemyRepositoriesAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AlchemyRepositoriesAutoConfiguration.class));

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = GadgetRepository.class)
    static class Application {

        @Bean(destroyMethod = "dispose")
        Engine engine() {
            return createEngine("jdbc:h2:mem:repositories_autoconfiguration");
        }

        @Bean
        Session session(Engine engine) {
            return new Session(engine);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAlchemyRepositories(basePackageClasses = GadgetRepository.class, enableDefaultTransactions = false)
    static class OwnRepositories extends Application {
    }

    @Test
    void repositoriesOfTheApplicationPackagesBecomeBeans() {
        runner.withUserConfiguration(Application.class).run(context -> {
            assertThat(context).hasSingleBean(GadgetRepository.class);
            assertThat(context.getBeansOfType(AlchemyRepository.class)).hasSize(1);
        });
    }

    @Test
    void backsOffWithoutASessionBean() {
        runner.withUserConfiguration(NoSession.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(GadgetRepository.class));
    }

    @Test
    void switchedOffByProperty() {
        runner.withUserConfiguration(Application.class).withPropertyValues("alchemy.repositories.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(GadgetRepository.class));
    }

    @Test
    void backsOffWithoutSpringData() {
        runner.withUserConfiguration(Application.class).withClassLoader(new FilteredClassLoader(AlchemyRepository.class))
                .run(context -> assertThat(context).doesNotHaveBean(GadgetRepository.class));
    }

    @Test
    void theApplicationsOwnEnableAlchemyRepositoriesWins() {
        runner.withUserConfiguration(OwnRepositories.class).run(context -> {
            assertThat(context).hasSingleBean(GadgetRepository.class);
            assertThat(context).doesNotHaveBean(AlchemyRepositoriesAutoConfiguration.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = GadgetRepository.class)
    static class NoSession {
    }
}
