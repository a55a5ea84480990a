package io.alchemy.spring.data.config;

import io.alchemy.orm.Mapped;
import io.alchemy.spring.data.AlchemyRepository;
import io.alchemy.spring.data.support.AlchemyRepositoryFactoryBean;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;

/**
 * Alchemy's part in Spring Data's repository scanning: repositories get {@link AlchemyRepositoryFactoryBean}; when
 * several Spring Data modules are present, an interface is Alchemy's if it extends {@link AlchemyRepository} or its
 * domain class is {@link Mapped}.
 */
public class AlchemyRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

    @Override
    public String getModuleName() {
        return "Alchemy";
    }

    @Override
    protected String getModulePrefix() {
        return "alchemy";
    }

    @Override
    public String getRepositoryFactoryBeanClassName() {
        return AlchemyRepositoryFactoryBean.class.getName();
    }

    @Override
    public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
        builder.addPropertyValue("enableDefaultTransactions",
                config.getAttributes().getBoolean("enableDefaultTransactions"));
    }

    @Override
    protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
        return List.of(Mapped.class);
    }

    @Override
    protected Collection<Class<?>> getIdentifyingTypes() {
        return List.of(AlchemyRepository.class);
    }
}
