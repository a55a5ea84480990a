package io.alchemy.spring.boot.autoconfigure.insight;

import io.alchemy.engine.Engine;
import io.alchemy.orm.SessionEvents;
import io.alchemy.orm.insight.NPlusOneListener;
import io.alchemy.spring.boot.autoconfigure.AlchemyAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.AlchemyProperties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code alchemy} actuator endpoint ({@link AlchemyEndpoint}) and what it reads besides the Engine: the N+1
 * incidents and flush counts of the Sessions. The endpoint exists only when the application has the actuator and makes
 * the endpoint available (exposes it), as Boot's own endpoints do.
 */
@AutoConfiguration(after = AlchemyAutoConfiguration.class,
        afterName = "io.alchemy.spring.boot.autoconfigure.orm.AlchemyOrmAutoConfiguration")
@ConditionalOnBean(Engine.class)
public final class AlchemyInsightAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NPlusOneIncidents alchemyNPlusOneIncidents() {
        return new NPlusOneIncidents();
    }

    /** The Sessions report their incidents and flushes here (the ORM's auto-configuration registers both beans). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SessionEvents.class)
    static class Sessions {

        @Bean
        @ConditionalOnMissingBean
        FlushTotals alchemyFlushTotals() {
            return new FlushTotals();
        }

        @Bean
        NPlusOneListener alchemyNPlusOneIncidentsListener(NPlusOneIncidents incidents) {
            return OrmInsight.incidentsListener(incidents);
        }

        @Bean
        SessionEvents alchemyFlushTotalsListener(FlushTotals totals) {
            return OrmInsight.flushListener(totals);
        }
    }

    /** The endpoint, when the actuator is there and the endpoint is available. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class Actuator {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint(AlchemyEndpoint.class)
        AlchemyEndpoint alchemyEndpoint(Engine engine, ObjectProvider<DataSource> dataSource,
                NPlusOneIncidents incidents, ObjectProvider<FlushTotals> flushes, AlchemyProperties properties) {
            return new AlchemyEndpoint(engine, dataSource.getIfUnique(), incidents, flushes.getIfAvailable(),
                    properties);
        }
    }
}
