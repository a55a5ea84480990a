package io.alchemy.spring.boot.autoconfigure.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * {@link ShopApplicationTests} on a PostgreSQL container, connected through {@code @ServiceConnection} (Boot's
 * {@code JdbcConnectionDetails}): the way applications test against a throw-away database. Disabled without Docker.
 */
@SpringBootTest(properties = { "alchemy.ddl-auto=create", ShopApplicationTests.NO_MIGRATIONS })
@Testcontainers(disabledWithoutDocker = true)
class ShopApplicationTestcontainersTest extends ShopApplicationTests {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer POSTGRESQL = new PostgreSQLContainer("postgres:17-alpine");

    @Override
    String dialect() {
        return "postgresql";
    }
}
