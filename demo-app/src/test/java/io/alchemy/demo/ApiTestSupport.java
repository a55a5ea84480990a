package io.alchemy.demo;

import io.alchemy.demo.user.PageView;
import io.alchemy.demo.user.UserView;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The running app on a random port and a client for it. Tests share the database, so each works on names of its own
 * ({@link #uniqueName}) and searches by them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
abstract class ApiTestSupport {
    @Autowired
    protected RestTestClient client;

    protected UserView create(Map<String, ?> body) {
        return client.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location)
                        .matches(".*/users/\\d+"))
                .expectBody(UserView.class).returnResult().getResponseBody();
    }

    protected PageView<UserView> search(String query) {
        return search("/users?q={q}&size=100", query);
    }

    protected PageView<UserView> search(String uri, Object... variables) {
        return client.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<PageView<UserView>>() { })
                .returnResult().getResponseBody();
    }

    protected static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
