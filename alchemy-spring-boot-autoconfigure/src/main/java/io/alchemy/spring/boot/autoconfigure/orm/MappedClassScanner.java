package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.orm.Mapped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link Mapped} classes of packages through Spring's class-path scanning, which reads class files without
 * loading them and works inside executable jars.
 */
final class MappedClassScanner {
    private final ResourceLoader resourceLoader;
    private final Environment environment;

    MappedClassScanner(ResourceLoader resourceLoader, Environment environment) {
        this.resourceLoader = resourceLoader;
        this.environment = environment;
    }

    /** The mapped classes in {@code packages} and their sub-packages, sorted by name. */
    List<Class<?>> scan(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(resourceLoader);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Mapped.class, false));
        Set<String> names = new TreeSet<>();
        for (String packageName : packages) {
            scanner.findCandidateComponents(packageName).stream().map(BeanDefinition::getBeanClassName).forEach(names::add);
        }
        return names.stream().<Class<?>>map(name -> ClassUtils.resolveClassName(name, resourceLoader.getClassLoader()))
                .toList();
    }
}
