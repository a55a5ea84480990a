package io.alchemy.demo;

import io.alchemy.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search, import, report and actuator with the {@code postgresql} profile, on a fresh database of the local PostgreSQL. */
@ActiveProfiles("postgresql")
@EnabledIf("io.alchemy.demo.PostgresqlDemoDatabase#selected")
class OperationsApiOnPostgresqlTest extends OperationsApiContract {
    private static TestDatabase database;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        database = PostgresqlDemoDatabase.fresh(registry);
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }
}
