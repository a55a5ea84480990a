package io.alchemy.spring.boot.autoconfigure.metrics;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.insight.NPlusOneListener;
import io.alchemy.spring.boot.autoconfigure.AlchemyAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.orm.SessionMaker;
import io.alchemy.spring.boot.autoconfigure.replica.ReplicaRouting;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics and traces from inside the auto-configured Engine and Session, through Micrometer's Observation API: the
 * observations {@code alchemy.statements} and {@code alchemy.session.flushes} (timers with the application's
 * meter registry, spans with a tracer), and the meters {@code alchemy.connections.acquire},
 * {@code alchemy.connections.active}, {@code alchemy.statements.rows}, {@code alchemy.statement.cache},
 * {@code alchemy.session.objects} and {@code alchemy.n_plus_one}, tagged by {@code target} (primary, replica) where a
 * replica is configured; the replica's pool reports {@code hikaricp.*} under its own pool name. Boot's
 * {@code hikaricp.*} and {@code jdbc.connections.*} meters are left as they are. {@code alchemy.metrics.enabled=false}
 * turns all of it off.
 */
@AutoConfiguration(after = AlchemyAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ ObservationRegistry.class, MeterRegistry.class, Engine.class })
@ConditionalOnBean(Engine.class)
@ConditionalOnBooleanProperty(name = "alchemy.metrics.enabled", matchIfMissing = true)
public final class AlchemyMetricsAutoConfiguration {

    /** Observations of statements and Session flushes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ObservationRegistry.class)
    static class Observations {

        @Bean
        @ConditionalOnMissingBean
        StatementObservationConvention alchemyStatementObservationConvention() {
            return new StatementObservationConvention();
        }

        /** An Engine listener: the Engine registers every {@code ConnectionEvents} bean. */
        @Bean
        StatementObservations alchemyStatementObservations(ObservationRegistry registry,
                StatementObservationConvention convention) {
            return new StatementObservations(registry, convention);
        }
    }

    /** Transaction-bound Sessions that observe their flushes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ Session.class, SessionMaker.class })
    @ConditionalOnBean(ObservationRegistry.class)
    static class SessionObservations {

        @Bean
        @ConditionalOnMissingBean
        SessionMaker alchemyObservedSessions(ObservationRegistry registry, ObjectProvider<MeterRegistry> meters) {
            FlushCounters counters = meters.getIfUnique() == null ? FlushCounters.NONE
                    : FlushCounters.of(meters.getIfUnique());
            ObservedFlushes flushes = new ObservedFlushes(registry, counters);
            return (engine, options) -> new Session(engine, options.withEvents(flushes));
        }
    }

    /** The Sessions' N+1 incidents, counted (the ORM's auto-configuration registers every listener bean). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(NPlusOneListener.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class NPlusOneMeters {

        @Bean
        NPlusOneCounter alchemyNPlusOneCounter(MeterRegistry registry) {
            return new NPlusOneCounter(registry);
        }
    }

    /** Meters of the Engine's connections, query results and statement cache. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(MeterRegistry.class)
    static class Meters {

        @Bean
        ConnectionMetrics alchemyConnectionMetrics(MeterRegistry registry) {
            return new ConnectionMetrics(registry);
        }

        @Bean
        QueryRowMetrics alchemyQueryRowMetrics(MeterRegistry registry) {
            return new QueryRowMetrics(registry);
        }

        @Bean
        StatementCacheMetrics alchemyStatementCacheMetrics(Engine engine) {
            return new StatementCacheMetrics(engine);
        }

        /** The replica's HikariCP pool reports as {@code hikaricp.*} with its own {@code pool} tag. */
        @Bean
        @ConditionalOnBean(ReplicaRouting.class)
        SmartInitializingSingleton alchemyReplicaPoolMetrics(ReplicaRouting routing, MeterRegistry registry) {
            return () -> {
                if (routing.replica().getMetricsTrackerFactory() == null && routing.replica().getMetricRegistry() == null) {
                    routing.replica().setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
                }
            };
        }
    }
}
