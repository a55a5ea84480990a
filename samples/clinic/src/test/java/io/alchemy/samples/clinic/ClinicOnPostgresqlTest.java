package io.alchemy.samples.clinic;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The clinic on the test matrix's PostgreSQL. */
@EnabledIf("io.alchemy.samples.clinic.MatrixDatabases#postgresql")
class ClinicOnPostgresqlTest extends ClinicContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> MatrixDatabases.url("postgresql"));
    }
}
