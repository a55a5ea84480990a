package io.alchemy.demo;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the tables of the mapped classes at start-up with {@code createAll}, which skips tables that exist (so the
 * PostgreSQL profile keeps its data across restarts). Runs before the web server takes requests.
 */
@Component
class DemoSchema implements InitializingBean {
    private final Registry registry;
    private final Engine engine;

    DemoSchema(Registry registry, Engine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    @Override
    public void afterPropertiesSet() {
        registry.metadata().createAll(engine);
    }
}
