package io.alchemy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.demo.user.UserView;
import io.alchemy.testing.servers.PostgresReplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The app with the {@code replica} profile on a private PostgreSQL primary and streaming replica: the API's writes go
 * to the primary, its reads ({@code @Transactional(readOnly = true)}) to the replica, as the {@code target} tag of
 * {@code alchemy.statements} shows; the replica's pool has its own {@code hikaricp.*} meters.
 */
@ActiveProfiles("replica")
@EnabledIf("io.alchemy.testing.servers.PostgresReplication#selected")
class ReplicaProfileTest extends ApiTestSupport {
    private static PostgresReplication replication;

    private static synchronized PostgresReplication replication() {
        if (replication == null) {
            replication = PostgresReplication.start("demo");
        }
        return replication;
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> replication().primary().jdbcUrl("demo"));
        registry.add("alchemy.replica.url", () -> replication().replica().jdbcUrl("demo"));
    }

    @AfterAll
    static synchronized void removeServers() {
        if (replication != null) {
            replication.close();
            replication = null;
        }
    }

    @Test
    void writesGoToThePrimaryAndReadsToTheReplica() {
        String name = uniqueName("sandy");
        UserView created = create(Map.of("name", name, "addresses", List.of("sandy@sqlalchemy.org")));
        replication().awaitReplay();
        assertThat(search(name).content()).containsExactly(created);
        client.get().uri("/users/{id}", created.id()).exchange().expectStatus().isOk()
                .expectBody(UserView.class).isEqualTo(created);
        assertThat(statements("target:replica&tag=operation:select")).isGreaterThanOrEqualTo(3);
        assertThat(statements("target:primary&tag=operation:insert")).isGreaterThanOrEqualTo(2);
        assertThat(statements("target:replica&tag=operation:insert")).isZero();
        client.get().uri("/actuator/metrics/hikaricp.connections?tag=pool:demo-replica").exchange()
                .expectStatus().isOk();
    }

    private double statements(String tags) {
        JsonNode body = client.get().uri("/actuator/metrics/alchemy.statements?tag=" + tags).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return body == null || !body.has("measurements") ? 0 : body.get("measurements").get(0).get("value").asDouble();
    }
}
