package io.alchemy.demo;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Like Boot's own endpoints, /actuator/alchemy is not served over HTTP unless the application exposes it. */
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,prometheus")
class InsightNotExposedTest extends ApiTestSupport {

    @Test
    void theEndpointIsNotServed() {
        client.get().uri("/actuator/alchemy").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
