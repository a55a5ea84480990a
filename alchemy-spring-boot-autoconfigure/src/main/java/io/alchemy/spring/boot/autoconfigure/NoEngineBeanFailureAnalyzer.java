package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.Engine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains the most common set-up mistake: something needs an {@link Engine} but none was auto-configured,
 * because the application has no {@code DataSource} (or several without a primary one).
 */
class NoEngineBeanFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> implements Ordered {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        if (!Engine.class.equals(cause.getBeanType())) {
            return null;
        }
        return new FailureAnalysis(
                "No Alchemy Engine bean was found. Alchemy builds one from the application's DataSource, "
                        + "and there is no single DataSource: none is configured, or several exist and none is @Primary.",
                "Add a JDBC driver and set spring.datasource.url (or define a DataSource bean, marking one @Primary "
                        + "when there are several), or define an Engine bean of your own.",
                cause);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
