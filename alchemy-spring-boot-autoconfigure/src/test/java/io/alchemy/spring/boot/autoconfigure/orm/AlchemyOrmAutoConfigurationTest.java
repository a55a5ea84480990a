package io.alchemy.spring.boot.autoconfigure.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.exc.DetachedInstanceError;
import io.alchemy.orm.insight.NPlusOneDetection;
import io.alchemy.spring.boot.autoconfigure.AlchemyExceptionTranslator;
import io.alchemy.spring.boot.autoconfigure.OutsideTransaction;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.spring.boot.autoconfigure.schema.DdlAuto;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Conditions and back-offs of {@link AlchemyOrmAutoConfiguration}, and the proxy's rules, on an embedded H2. */
class AlchemyOrmAutoConfigurationTest {
    private final ApplicationContextRunner runner = OrmContext.runner()
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + java.util.UUID.randomUUID()); // one per test

    @Test
    void mapsTheClassesOfAlchemyScanPackages() {
        runner.withUserConfiguration(OrmContext.ScanModel.class).run(context -> {
            assertThat(context).hasSingleBean(Registry.class).hasSingleBean(SessionFactory.class)
                    .hasSingleBean(Session.class);
            assertThat(context.getBean(Registry.class).mapper(Customer.class).entityClass()).isEqualTo(Customer.class);
            assertThat(context.getBean(Registry.class).metadata().tables()).containsKey("customer");
            assertThat(context.getBean(SessionFactory.class).engine()).isSameAs(context.getBean(Engine.class));
        });
    }

    @Test
    void mapsTheClassesOfTheAutoConfigurationPackages() {
        runner.withInitializer(context -> AutoConfigurationPackages.register(
                        (BeanDefinitionRegistry) context.getBeanFactory(), Customer.class.getPackageName()))
                .run(context -> assertThat(context.getBean(Registry.class).mappers())
                        .anySatisfy(mapper -> assertThat(mapper.entityClass()).isEqualTo(Customer.class)));
    }

    @Test
    void alchemyScanWinsOverTheAutoConfigurationPackages() {
        runner.withInitializer(context -> AutoConfigurationPackages.register(
                        (BeanDefinitionRegistry) context.getBeanFactory(), Customer.class.getPackageName()))
                .withUserConfiguration(ScanNothingMapped.class)
                .run(context -> assertThat(context.getBean(Registry.class).mappers()).isEmpty());
    }

    @Test
    void anEmptyRegistryWhenNothingSaysWhereToScan() {
        runner.run(context -> {
            assertThat(context.getBean(Registry.class).mappers()).isEmpty();
            assertThat(context).hasSingleBean(Session.class);
        });
    }

    @Test
    void sessionPropertiesBecomeTheFactorysOptions() {
        runner.withPropertyValues("alchemy.session.autoflush=false", "alchemy.session.expire-on-commit=true")
                .run(context -> assertThat(context.getBean(SessionFactory.class).options())
                        .isEqualTo(new SessionOptions(false, true, true)
                                .withNPlusOne(NPlusOneDetection.warn(NPlusOneDetection.DEFAULT_THRESHOLD))));
    }

    @Test
    void defaultsKeepObjectsReadableAfterTheTransaction() {
        runner.run(context -> assertThat(context.getBean(SessionFactory.class).options())
                .isEqualTo(new SessionOptions(true, false, true)     // N+1 incidents logged at WARN
                        .withNPlusOne(NPlusOneDetection.warn(NPlusOneDetection.DEFAULT_THRESHOLD))));
    }

    @Test
    void expireOnCommitExpiresWhatTheTransactionReturns() {
        runner.withUserConfiguration(OrmContext.ScanModel.class).withPropertyValues("alchemy.session.expire-on-commit=true")
                .run(context -> {
                    OrmContext.createTables(context);
                    Session session = context.getBean(Session.class);
                    Customer customer = context.getBean(TransactionTemplate.class).execute(status -> {
                        Customer added = new Customer("expired");
                        session.add(added);
                        return added;
                    });
                    assertThatThrownBy(customer::getName).isInstanceOf(DetachedInstanceError.class);
                });
    }

    @Test
    void outsideATransactionTheSessionFailsByDefault() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(Session.class).get(Customer.class, 1))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasCauseInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("No Spring transaction is active")
                .hasMessageContaining("@Transactional")
                .hasMessageContaining("alchemy.session.outside-transaction=autocommit"));
    }

    @Test
    void outsideATransactionAutocommitRunsEachCallInASessionOfItsOwn() {
        runner.withUserConfiguration(OrmContext.ScanModel.class)
                .withPropertyValues("alchemy.session.outside-transaction=autocommit").run(context -> {
                    OrmContext.createTables(context);
                    Session session = context.getBean(Session.class);
                    Customer customer = new Customer("autocommitted");
                    session.add(customer);
                    assertThat(customer.getId()).as("flushed and committed when add returned").isNotNull();
                    Customer loaded = session.get(Customer.class, customer.getId());
                    assertThat(loaded).isNotSameAs(customer);
                    assertThat(loaded.getName()).isEqualTo("autocommitted");
                    assertThat(session.contains(loaded)).as("each call has a Session of its own").isFalse();
                });
    }

    @Test
    void theTransactionsBoundariesAreSpringsNotTheSessions() {
        runner.run(context -> {
            Session session = context.getBean(Session.class);
            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                for (Runnable refused : new Runnable[] { session::commit, session::close, session::begin }) {
                    assertThatThrownBy(refused::run).isInstanceOf(InvalidDataAccessApiUsageException.class)
                            .hasMessageContaining("not allowed on the transaction-bound Session");
                }
            });
        });
    }

    @Test
    void describesItselfWithAndWithoutATransaction() {
        runner.run(context -> {
            Session session = context.getBean(Session.class);
            assertThat(session.toString()).isEqualTo("Transaction-bound Session proxy (no transaction)");
            context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                    assertThat(session.toString()).startsWith("Transaction-bound Session proxy (Session["));
        });
    }

    @Test
    void theContextClosesWithoutClosingTheProxy() {
        runner.run(context -> assertThat(context).hasNotFailed());
        // a refused close() at shutdown would have failed the run above when the context closed
    }

    /** Boot's JdbcTransactionManager, as a subclass only quiet when rolling back on a dead connection; never two. */
    @Test
    void addsNoSecondTransactionManager() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(org.springframework.transaction.TransactionManager.class);
            assertThat(context.getBean(PlatformTransactionManager.class))
                    .isInstanceOf(org.springframework.jdbc.support.JdbcTransactionManager.class)
                    .isExactlyInstanceOf(io.alchemy.spring.boot.autoconfigure.AlchemyJdbcTransactionManager.class);
        });
    }

    @Test
    void usesTheApplicationsOwnTransactionManager() {
        runner.withUserConfiguration(OrmContext.ScanModel.class, OwnTransactionManager.class).run(context -> {
            assertThat(context).hasSingleBean(PlatformTransactionManager.class);
            assertThat(context.getBean(PlatformTransactionManager.class)).isSameAs(context.getBean("ownTransactions"));
            OrmContext.createTables(context);
            Session session = context.getBean(Session.class);
            context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                    session.add(new Customer("own manager")));
            Long count = new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status ->
                    session.scalarOne(io.alchemy.Alchemy.text("SELECT count(*) FROM customer"), Long.class));
            assertThat(count).isOne();
        });
    }

    @Test
    void backsOffForTheApplicationsOwnBeans() {
        runner.withUserConfiguration(OwnOrmBeans.class).run(context -> {
            assertThat(context.getBean(Registry.class)).isSameAs(context.getBean("ownRegistry"));
            assertThat(context.getBean(SessionFactory.class)).isSameAs(context.getBean("ownSessionFactory"));
            assertThat(context.getBean(Session.class)).isSameAs(context.getBean("ownSession"));
            assertThat(context).hasSingleBean(TransactionalSessions.class);
        });
    }

    @Test
    void backsOffForTheApplicationsOwnTranslatorsAndSchemaInitializer() {
        runner.withUserConfiguration(OwnInfrastructure.class).run(context -> {
            assertThat(context.getBean(AlchemyExceptionTranslator.class)).isSameAs(context.getBean("ownTranslator"));
            assertThat(context.getBean(OrmExceptionTranslator.class)).isSameAs(context.getBean("ownOrmTranslator"));
            assertThat(context.getBean(MappedSchemaInitializer.class).ddlAuto()).isEqualTo(DdlAuto.VALIDATE);
        });
    }

    @Test
    void transactionsOpenTheirSessionsWithTheApplicationsSessionMaker() {
        runner.withUserConfiguration(CountingSessionMaker.class).run(context -> {
            Session session = context.getBean(Session.class);
            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> session.expireAll());
            assertThat(context.getBean(CountingSessionMaker.class).opened).isOne();
        });
    }

    @Test
    void noOrmWithoutAlchemyOrmOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(SessionFactory.class)).run(context -> assertThat(context)
                .hasNotFailed().hasSingleBean(Engine.class).doesNotHaveBean(SessionFactory.class)
                .doesNotHaveBean(Registry.class));
    }

    @Test
    void noOrmWithoutAnEngine() {
        OrmContext.runner().withClassLoader(new FilteredClassLoader("org.h2", "com.zaxxer", "org.postgresql",
                        "org.mariadb", "org.sqlite"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class)
                        .doesNotHaveBean(SessionFactory.class).doesNotHaveBean(Session.class));
    }

    @Configuration(proxyBeanMethods = false)
    @AlchemyScan("io.alchemy.spring.boot.autoconfigure.orm.nothing_mapped_here")
    static class ScanNothingMapped {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnTransactionManager {
        @Bean
        DataSourceTransactionManager ownTransactions(javax.sql.DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnInfrastructure {
        @Bean
        AlchemyExceptionTranslator ownTranslator() {
            return new AlchemyExceptionTranslator();
        }

        @Bean
        OrmExceptionTranslator ownOrmTranslator() {
            return new OrmExceptionTranslator();
        }

        @Bean
        MappedSchemaInitializer ownSchemaInitializer(Engine engine, Registry registry) {
            return new MappedSchemaInitializer(engine, registry, DdlAuto.VALIDATE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CountingSessionMaker implements SessionMaker {
        int opened;

        @Override
        public Session open(Engine engine, SessionOptions options) {
            opened++;
            return new Session(engine, options);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnOrmBeans {
        @Bean
        Registry ownRegistry() {
            return new Registry();
        }

        @Bean
        SessionFactory ownSessionFactory(Engine engine) {
            return SessionFactory.of(engine, SessionOptions.DEFAULTS.withAutoflush(false));
        }

        @Bean(destroyMethod = "")
        Session ownSession(SessionFactory factory) {
            return new TransactionalSessions(factory, OutsideTransaction.FAIL).proxy();
        }
    }
}
