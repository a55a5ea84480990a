package io.alchemy.demo;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The user API with the {@code postgresql} profile, on the local PostgreSQL. */
@ActiveProfiles("postgresql")
@EnabledIf("io.alchemy.demo.PostgresqlDemoDatabase#selected")
class UserApiOnPostgresqlTest extends UserApiContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresqlDemoDatabase::url);
    }
}
