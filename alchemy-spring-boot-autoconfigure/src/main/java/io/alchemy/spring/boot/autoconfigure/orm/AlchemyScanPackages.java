package io.alchemy.spring.boot.autoconfigure.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The packages named by {@link AlchemyScan} annotations, one bean per annotation; without any, the application's
 * auto-configuration packages.
 *
 * @param packageNames the packages, in the order given
 */
public record AlchemyScanPackages(List<String> packageNames) {

    /** The packages to scan for mapped classes in {@code beanFactory}'s application; empty when nothing says. */
    public static List<String> of(BeanFactory beanFactory) {
        Set<String> packages = new LinkedHashSet<>();
        if (beanFactory instanceof ListableBeanFactory beans) {
            beans.getBeansOfType(AlchemyScanPackages.class, false, false).values()
                    .forEach(scan -> packages.addAll(scan.packageNames()));
        }
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages.addAll(AutoConfigurationPackages.get(beanFactory));
        }
        return List.copyOf(packages);
    }

    /** Registers the packages of one {@link AlchemyScan}. */
    static final class Registrar implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AnnotationAttributes scan = AnnotationAttributes.fromMap(
                    metadata.getAnnotationAttributes(AlchemyScan.class.getName()));
            List<String> packages = new ArrayList<>(Arrays.asList(scan.getStringArray("basePackages")));
            for (Class<?> type : scan.getClassArray("basePackageClasses")) {
                packages.add(type.getPackageName());
            }
            if (packages.isEmpty()) {
                packages.add(ClassUtils.getPackageName(metadata.getClassName()));
            }
            RootBeanDefinition definition = new RootBeanDefinition(AlchemyScanPackages.class,
                    () -> new AlchemyScanPackages(List.copyOf(packages)));
            definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition(AlchemyScanPackages.class.getName() + "#" + metadata.getClassName(),
                    definition);
        }
    }
}
