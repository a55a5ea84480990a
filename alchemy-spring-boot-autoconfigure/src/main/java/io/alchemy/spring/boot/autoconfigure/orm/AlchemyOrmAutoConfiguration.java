package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.SessionEvents;
import io.alchemy.orm.SessionOptions;
import io.alchemy.orm.insight.NPlusOneDetection;
import io.alchemy.orm.insight.NPlusOneListener;
import io.alchemy.orm.insight.NPlusOneMode;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.spring.boot.autoconfigure.AlchemyAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.AlchemyProperties;
import java.util.List;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.support.ChainedPersistenceExceptionTranslator;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Auto-configures the ORM over the auto-configured {@link Engine}: a {@link Registry} of the application's
 * {@code @Mapped} classes (scanned from its auto-configuration packages, or those of {@link AlchemyScan}; adjusted by
 * every {@link RegistryCustomizer} bean), a
 * {@link SessionFactory} (after {@code alchemy.ddl-auto} created or validated their tables: {@link MappedSchemaInitializer}),
 * and an injectable {@link Session} that is the current Spring transaction's Session. No
 * {@code @Repository} beans and the Session get Spring's {@code DataAccessException}s ({@link OrmExceptionTranslator}
 * with Core's translator). No transaction manager of its own: Sessions join whatever transaction the application's transaction manager runs
 * (Boot's {@code JdbcTransactionManager} by default). The Sessions detect N+1 statements as {@code alchemy.n-plus-one}
 * says, telling every {@link NPlusOneListener} bean, and report to every {@link SessionEvents} bean. Each bean backs
 * off when the application defines its own.
 */
@AutoConfiguration(after = { AlchemyAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class },
        afterName = { "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration" })
@ConditionalOnClass({ SessionFactory.class, TransactionSynchronizationManager.class, ProxyFactory.class })
@ConditionalOnBean(Engine.class)
public final class AlchemyOrmAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Registry alchemyRegistry(BeanFactory beanFactory, ResourceLoader resourceLoader, Environment environment,
            ObjectProvider<RegistryCustomizer> customizers) {
        List<Class<?>> mapped = new MappedClassScanner(resourceLoader, environment).scan(AlchemyScanPackages.of(beanFactory));
        List<RegistryCustomizer> ordered = customizers.orderedStream().toList();
        if (ordered.isEmpty() || mapped.stream().anyMatch(type -> Mappers.current(type) != null)) {
            return mapped.isEmpty() ? new Registry() : Registry.of(mapped.toArray(Class<?>[]::new));
        }
        Registry registry = new Registry();
        try {
            registry.map(mapped.toArray(Class<?>[]::new));
            ordered.forEach(customizer -> customizer.customize(registry));
            registry.configure();
        } catch (RuntimeException e) {
            registry.dispose();
            throw e;
        }
        return registry;
    }

    @Bean
    @ConditionalOnMissingBean
    MappedSchemaInitializer alchemyMappedSchemaInitializer(Engine engine, Registry registry, AlchemyProperties properties) {
        return new MappedSchemaInitializer(engine, registry, properties.getDdlAuto());
    }

    /**
     * Depends on the Registry so that every mapped class is mapped before the first Session opens, and on the schema
     * initializer so that {@code alchemy.ddl-auto} has run.
     */
    @Bean
    @ConditionalOnMissingBean
    SessionFactory alchemySessionFactory(Engine engine, Registry registry, MappedSchemaInitializer schema,
            AlchemyProperties properties, ObjectProvider<NPlusOneListener> incidentListeners,
            ObjectProvider<SessionEvents> sessionEvents) {
        AlchemyProperties.Session session = properties.getSession();
        SessionOptions options = SessionOptions.DEFAULTS.withAutoflush(session.isAutoflush())
                .withExpireOnCommit(session.isExpireOnCommit())
                .withNPlusOne(nPlusOne(properties, incidentListeners));
        for (SessionEvents listener : sessionEvents.orderedStream().toList()) {
            options = options.withEvents(listener);
        }
        return SessionFactory.of(engine, options);
    }

    /** {@code alchemy.n-plus-one} and its threshold, reporting to every {@link NPlusOneListener} bean. */
    private static NPlusOneDetection nPlusOne(AlchemyProperties properties, ObjectProvider<NPlusOneListener> listeners) {
        NPlusOneMode mode = NPlusOneMode.valueOf(properties.getNPlusOne().name());
        NPlusOneDetection detection = new NPlusOneDetection(mode, properties.getNPlusOneThreshold(), List.of());
        for (NPlusOneListener listener : listeners.orderedStream().toList()) {
            detection = detection.withListener(listener);
        }
        return detection;
    }

    @Bean
    @ConditionalOnMissingBean
    OrmExceptionTranslator alchemyOrmExceptionTranslator() {
        return new OrmExceptionTranslator();
    }

    /**
     * Translates with every {@code PersistenceExceptionTranslator} bean, in order (the ORM's, then Core's); makes
     * Sessions with the {@link SessionMaker} bean when there is one.
     */
    @Bean
    @ConditionalOnMissingBean
    TransactionalSessions alchemyTransactionalSessions(SessionFactory sessionFactory, AlchemyProperties properties,
            ObjectProvider<PersistenceExceptionTranslator> translators, ObjectProvider<SessionMaker> maker) {
        ChainedPersistenceExceptionTranslator chain = new ChainedPersistenceExceptionTranslator();
        translators.orderedStream().forEach(chain::addDelegate);
        return new TransactionalSessions(sessionFactory, properties.getSession().getOutsideTransaction(), chain,
                maker.getIfUnique(() -> SessionMaker.DEFAULT));
    }

    /** The proxy is not closed with the context (its {@code close()} is refused): no destroy method. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    Session alchemySession(TransactionalSessions sessions) {
        return sessions.proxy();
    }
}
