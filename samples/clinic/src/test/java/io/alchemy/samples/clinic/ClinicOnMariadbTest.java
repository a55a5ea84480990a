package io.alchemy.samples.clinic;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The clinic on the test matrix's MariaDB. */
@EnabledIf("io.alchemy.samples.clinic.MatrixDatabases#mariadb")
class ClinicOnMariadbTest extends ClinicContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> MatrixDatabases.url("mariadb"));
    }
}
