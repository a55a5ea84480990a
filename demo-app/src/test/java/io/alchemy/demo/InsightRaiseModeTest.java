package io.alchemy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code alchemy.n-plus-one=raise}, as a test suite would set it: the request that lazily loads a relationship per
 * row fails (500) instead of answering; with selectinload it answers.
 */
@TestPropertySource(properties = "alchemy.n-plus-one=raise")
class InsightRaiseModeTest extends ApiTestSupport {

    @Test
    void aLazyLoadPerRowFailsTheRequest() {
        String tag = uniqueName("raise");
        for (int i = 0; i < 6; i++) {
            create(Map.of("name", tag + "-" + i, "addresses", List.of(i + "@" + tag + ".org")));
        }
        client.get().uri("/users/directory?q={q}&loading=lazy", tag).exchange()
                .expectStatus().is5xxServerError();
        client.get().uri("/users/directory?q={q}&loading=selectin", tag).exchange()
                .expectStatus().isOk();
        client.get().uri("/actuator/alchemy").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.nPlusOne.mode").isEqualTo("raise")
                .jsonPath("$.nPlusOne.recent[0].subject").isEqualTo("User.addresses")
                .jsonPath("$.nPlusOne.recent[0].count").value(Integer.class, count -> assertThat(count).isEqualTo(5));
    }
}
