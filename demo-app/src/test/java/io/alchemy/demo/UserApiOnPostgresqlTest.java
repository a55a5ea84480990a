package io.alchemy.demo;

import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP API with the {@code postgresql} profile, on a fresh database of the local PostgreSQL (the test matrix's
 * {@code alchemy.test.db-name}). Runs when the matrix includes PostgreSQL ({@code -Dalchemy.test.databases=all}).
 */
@ActiveProfiles("postgresql")
@EnabledIf("postgresqlSelected")
class UserApiOnPostgresqlTest extends UserApiContract {
    private static TestDatabase database;

    static boolean postgresqlSelected() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        database = TestDatabase.fresh("postgresql");
        registry.add("spring.datasource.url", database::url);
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }
}
