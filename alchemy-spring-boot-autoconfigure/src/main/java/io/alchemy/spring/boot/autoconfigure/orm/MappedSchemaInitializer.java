package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.spring.boot.autoconfigure.schema.DdlAuto;
import io.alchemy.spring.boot.autoconfigure.schema.SchemaValidationException;
import io.alchemy.spring.boot.autoconfigure.schema.SchemaValidator;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies {@code alchemy.ddl-auto} to the tables of the mapped classes at start-up: creates the missing ones, or
 * validates them ({@link SchemaValidationException} listing every difference), and with {@code create-drop} drops
 * them when the context closes. Created before the {@code SessionFactory}, and after the database initializers
 * (Flyway, Liquibase, schema.sql) because it uses the {@code Engine}, which waits for them.
 */
public final class MappedSchemaInitializer implements InitializingBean, DisposableBean {
    private final Engine engine;
    private final Registry registry;
    private final DdlAuto ddlAuto;

    /** Applies {@code ddlAuto} to {@code registry}'s tables through {@code engine}. */
    public MappedSchemaInitializer(Engine engine, Registry registry, DdlAuto ddlAuto) {
        this.engine = engine;
        this.registry = registry;
        this.ddlAuto = ddlAuto;
    }

    @Override
    public void afterPropertiesSet() {
        switch (ddlAuto) {
            case CREATE, CREATE_DROP -> registry.metadata().createAll(engine);
            case VALIDATE -> validate();
            case NONE -> { }
        }
    }

    private void validate() {
        List<String> differences = SchemaValidator.differences(registry.metadata(), engine);
        if (!differences.isEmpty()) {
            throw new SchemaValidationException(differences);
        }
    }

    @Override
    public void destroy() {
        if (ddlAuto == DdlAuto.CREATE_DROP) {
            registry.metadata().dropAll(engine);
        }
    }

    /** The setting applied. */
    public DdlAuto ddlAuto() {
        return ddlAuto;
    }
}
