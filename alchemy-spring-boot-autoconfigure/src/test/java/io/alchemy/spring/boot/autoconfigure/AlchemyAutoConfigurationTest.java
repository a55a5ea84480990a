package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.exc.ArgumentError;
import io.alchemy.testing.LogCapture;
import io.alchemy.testing.SqlRecorder;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;

class AlchemyAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AlchemyAutoConfiguration.class));

    @Test
    void createsAnEngineOverTheDataSource() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Engine.class);
            Engine engine = context.getBean(Engine.class);
            assertThat(engine.dialect().name()).isEqualTo("h2");
            assertThat(selectInteger(engine, "SELECT 1")).isEqualTo(1);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesAnEngine() {
        runner.withUserConfiguration(OwnEngine.class).run(context -> {
            assertThat(context).hasSingleBean(Engine.class);
            assertThat(context).getBean(Engine.class).isSameAs(context.getBean("ownEngine"));
        });
    }

    @Test
    void noEngineWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AlchemyAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class));
    }

    @Test
    void noEngineWhenTwoDataSourcesCompeteWithoutAPrimary() {
        runner.withUserConfiguration(TwoDataSources.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class));
    }

    @Test
    void usesThePrimaryOfSeveralDataSources() {
        runner.withUserConfiguration(TwoDataSources.class, PrimaryDataSource.class).run(context -> {
            Engine engine = context.getBean(Engine.class);
            String database = engine.transaction(conn -> conn.execDriverSql("SELECT DATABASE()").scalarOne(String.class));
            assertThat(database).isEqualToIgnoringCase("primary_db");
        });
    }

    @Test
    void noEngineWhenAlchemyCoreIsNotOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(Engine.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class));
    }

    @Test
    void noEngineWhenSpringJdbcIsNotOnTheClassPath() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AlchemyAutoConfiguration.class))
                .withBean(DataSource.class, () -> h2("no_spring_jdbc"))
                .withClassLoader(new FilteredClassLoader("org.springframework.jdbc"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class));
    }

    @Test
    void defaultsWithoutProperties() {
        runner.withUserConfiguration(CapturedOptions.class).run(context -> {
            EngineOptions options = context.getBean(CapturedOptions.class).options.get(0);
            assertThat(options.echo()).isFalse();
            assertThat(options.prePing()).isFalse();
            assertThat(options.compiledCacheSize()).isEqualTo(500);
        });
    }

    @Test
    void bindsAlchemyPropertiesIntoTheEngineOptions() {
        runner.withUserConfiguration(CapturedOptions.class)
                .withPropertyValues("alchemy.echo=true", "alchemy.compiled-cache-size=42", "alchemy.pre-ping=true")
                .run(context -> {
                    AlchemyProperties properties = context.getBean(AlchemyProperties.class);
                    assertThat(properties.isEcho()).isTrue();
                    assertThat(properties.getCompiledCacheSize()).isEqualTo(42);
                    EngineOptions options = context.getBean(CapturedOptions.class).options.get(0);
                    assertThat(options.echo()).isTrue();
                    assertThat(options.prePing()).isTrue();
                    assertThat(options.compiledCacheSize()).isEqualTo(42);
                });
    }

    @Test
    void echoLogsTheStatementsItRuns() {
        try (LogCapture log = LogCapture.of("io.alchemy")) {
            runner.withPropertyValues("alchemy.echo=true")
                    .run(context -> selectInteger(context.getBean(Engine.class), "SELECT 41 + 1"));
            assertThat(log.messages()).anySatisfy(message -> assertThat(message).contains("SELECT 41 + 1"));
        }
    }

    @Test
    void withoutEchoNothingIsLogged() {
        try (LogCapture log = LogCapture.of("io.alchemy")) {
            runner.run(context -> selectInteger(context.getBean(Engine.class), "SELECT 41 + 1"));
            assertThat(log.messages()).noneSatisfy(message -> assertThat(message).contains("SELECT 41 + 1"));
        }
    }

    @Test
    void rejectsANegativeCacheSizeNamingTheSetting() {
        runner.withPropertyValues("alchemy.compiled-cache-size=-1").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().isInstanceOf(ArgumentError.class).hasMessageContaining("compiledCacheSize"));
    }

    @Test
    void registersListenerBeansAndAppliesCustomizersInOrder() {
        runner.withUserConfiguration(CapturedOptions.class).withBean(SqlRecorder.class).run(context -> {
            CapturedOptions captured = context.getBean(CapturedOptions.class);
            assertThat(captured.options).hasSize(2);
            assertThat(captured.options.get(1).compiledCacheSize()).isEqualTo(7);
            SqlRecorder recorder = context.getBean(SqlRecorder.class);
            assertThat(captured.options.get(0).listeners()).containsExactly(recorder);
            selectInteger(context.getBean(Engine.class), "SELECT 1");
            assertThat(recorder.executed()).extracting(SqlRecorder.Executed::sql).contains("SELECT 1");
        });
    }

    @Test
    void theEngineWaitsForSchemaInitialization() {
        runner.withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues("spring.sql.init.schema-locations=classpath:initialization/schema.sql")
                .withUserConfiguration(UsesEngineAtStartUp.class)
                .run(context -> assertThat(context.getBean(UsesEngineAtStartUp.class).rowsAtStartUp).isZero());
    }

    private static int selectInteger(Engine engine, String sql) {
        Integer value = engine.transaction(conn -> conn.execDriverSql(sql).scalarOne(Integer.class));
        return value;
    }

    private static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEngine {
        @Bean(destroyMethod = "dispose")
        Engine ownEngine() {
            return Alchemy.createEngine(h2("own_engine"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        @Bean
        DataSource first() {
            return h2("first_db");
        }

        @Bean
        DataSource second() {
            return h2("second_db");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryDataSource {
        @Bean
        @Primary
        DataSource primary() {
            return h2("primary_db");
        }
    }

    /** Two customizers; the first records the options as it finds them, the second as the Engine gets them. */
    @Configuration(proxyBeanMethods = false)
    static class CapturedOptions {
        final List<EngineOptions> options = new ArrayList<>();

        @Bean
        @Order(1)
        EngineOptionsCustomizer recordAsBound() {
            return builder -> options.add(builder.build());
        }

        @Bean
        @Order(2)
        EngineOptionsCustomizer shrinkCache() {
            return builder -> options.add(builder.compiledCacheSize(7).build());
        }
    }

    /** Reads the table that schema.sql creates, while the context starts. */
    static class UsesEngineAtStartUp {
        final int rowsAtStartUp;

        UsesEngineAtStartUp(Engine engine) {
            rowsAtStartUp = selectInteger(engine, "SELECT count(*) FROM initialized");
        }
    }
}
