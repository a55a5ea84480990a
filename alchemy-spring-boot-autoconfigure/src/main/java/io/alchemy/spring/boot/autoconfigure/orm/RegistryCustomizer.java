package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.orm.Registry;

/**
 * A callback that adjusts the auto-configured {@link Registry} before its relationships are configured and before
 * {@code alchemy.ddl-auto} creates or validates its tables: declare a bean of this type to map more classes
 * ({@code registry.map(…)}, {@code registry.mapImperatively(…)}) or define Core tables in
 * {@code registry.metadata()}. Applied after the scanned {@code @Mapped} classes are mapped, in
 * {@link org.springframework.core.annotation.Order} order, once per Registry: a registry that another application
 * context of the same JVM made already (its classes are mapped by one registry at a time) is not customized again.
 */
@FunctionalInterface
public interface RegistryCustomizer {

    /** Adjusts {@code registry}, which maps the scanned classes and is not configured yet. */
    void customize(Registry registry);
}
