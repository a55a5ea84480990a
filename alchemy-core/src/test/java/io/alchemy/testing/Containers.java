package io.alchemy.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Database servers in Docker containers (Testcontainers), for a machine that runs Docker but not the database.
 * The images are the versions the project's own machines run. Testcontainers removes the containers when the JVM
 * exits.
 */
final class Containers {
    static final String POSTGRESQL_IMAGE = "postgres:15";
    static final String MARIADB_IMAGE = "mariadb:10.11";

    private Containers() {
    }

    /** Whether a Docker daemon answers (Testcontainers' own discovery: DOCKER_HOST, the socket, Docker Desktop...). */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a PostgreSQL container whose administrator is {@code postgres}. */
    static DatabaseServer postgresql() {
        var container = new PostgreSQLContainer(POSTGRESQL_IMAGE).withUsername("postgres");
        container.start();
        return new DatabaseServer(container.getHost() + ":" + container.getMappedPort(5432), container.getUsername(),
                container.getPassword(), "PostgreSQL in a Docker container (" + POSTGRESQL_IMAGE + ")");
    }

    /** Starts a MariaDB container whose administrator is {@code root}. */
    static DatabaseServer mariadb() {
        var container = new MariaDBContainer(MARIADB_IMAGE).withUsername("root");
        container.start();
        return new DatabaseServer(container.getHost() + ":" + container.getMappedPort(3306), "root",
                container.getPassword(), "MariaDB in a Docker container (" + MARIADB_IMAGE + ")");
    }
}
