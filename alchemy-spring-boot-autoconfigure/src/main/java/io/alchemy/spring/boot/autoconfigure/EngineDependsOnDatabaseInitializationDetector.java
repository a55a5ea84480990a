package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.Engine;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes every {@link Engine} bean wait for the database initializers ({@code schema.sql}/{@code data.sql}, Flyway,
 * Liquibase), so code that uses the Engine at start-up finds the schema in place.
 */
class EngineDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(Engine.class);
    }
}
