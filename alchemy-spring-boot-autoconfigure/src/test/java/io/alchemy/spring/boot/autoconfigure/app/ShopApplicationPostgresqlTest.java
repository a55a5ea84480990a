package io.alchemy.spring.boot.autoconfigure.app;

import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ShopApplicationTests} on the local PostgreSQL (a fresh database named by {@code alchemy.test.db-name}), run
 * when {@code alchemy.test.databases} selects PostgreSQL (as CI does).
 */
@SpringBootTest(properties = { "alchemy.ddl-auto=create", ShopApplicationTests.NO_MIGRATIONS })
@EnabledIf("io.alchemy.spring.boot.autoconfigure.app.ShopApplicationPostgresqlTest#postgresqlSelected")
class ShopApplicationPostgresqlTest extends ShopApplicationTests {

    static boolean postgresqlSelected() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry properties) {
        String url = TestDatabase.fresh("postgresql").url(); // reset once, before the context starts
        properties.add("spring.datasource.url", () -> url);
    }

    @Override
    String dialect() {
        return "postgresql";
    }
}
