package io.alchemy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The demo's HTTP API, driven over a real socket against the running app; subclasses choose the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
abstract class UserApiContract {
    @Autowired
    private RestTestClient client;

    @Test
    void healthIsUpAndIncludesTheDatabase() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void createsAUserWithAddressesAndListsItBack() {
        String name = uniqueName("sandy");
        UserView created = create(Map.of("name", name, "fullname", "Sandy Cheeks",
                "addresses", List.of("sandy@sqlalchemy.org", "sandy@squirrelpower.org")));
        assertThat(created.id()).isPositive();
        assertThat(created).isEqualTo(new UserView(created.id(), name, "Sandy Cheeks",
                List.of("sandy@sqlalchemy.org", "sandy@squirrelpower.org")));

        assertThat(list()).contains(created);
        client.get().uri("/users/{id}", created.id()).exchange()
                .expectStatus().isOk()
                .expectBody(UserView.class).isEqualTo(created);
    }

    @Test
    void aUserNeedsNoFullnameNorAddresses() {
        String name = uniqueName("patrick");
        UserView created = create(Map.of("name", name));
        assertThat(list()).contains(new UserView(created.id(), name, null, List.of()));
    }

    @Test
    void listsUsersInTheOrderTheyWereCreated() {
        UserView first = create(Map.of("name", uniqueName("first")));
        UserView second = create(Map.of("name", uniqueName("second"), "addresses", List.of("second@example.org")));
        List<UserView> users = list();
        assertThat(users.indexOf(first)).isLessThan(users.indexOf(second)).isNotNegative();
    }

    @Test
    void aMissingNameIsA400ThatSaysSo() {
        client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fullname", "Nobody", "addresses", List.of("nobody@example.org"))).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").isEqualTo("name: must not be blank");
    }

    @Test
    void aTooLongNameAndABlankAddressAreBothReported() {
        client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "x".repeat(31), "addresses", List.of(" "))).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("addresses[0]: must not be blank; name: size must be between 0 and 30");
    }

    @Test
    void aDuplicateNameIsA409AndStoresNothing() {
        String name = uniqueName("squidward");
        create(Map.of("name", name, "addresses", List.of("squidward@example.org")));
        int before = list().size();
        client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "addresses", List.of("impostor@example.org"))).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("A user named '" + name + "' already exists");
        assertThat(list()).hasSize(before)
                .noneSatisfy(user -> assertThat(user.addresses()).contains("impostor@example.org"));
    }

    @Test
    void malformedJsonIsA400() {
        client.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body("{\"name\": ").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Failed to read request");
    }

    @Test
    void anUnknownUserIsA404() {
        client.get().uri("/users/{id}", Integer.MAX_VALUE).exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("No user with id " + Integer.MAX_VALUE);
    }

    @Test
    void nothingIsStoredWhenTheRequestIsRejected() {
        int before = list().size();
        client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "", "addresses", List.of("lost@example.org"))).exchange()
                .expectStatus().isBadRequest();
        assertThat(list()).hasSize(before);
    }

    private UserView create(Map<String, ?> body) {
        return client.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).matches(".*/users/\\d+"))
                .expectBody(UserView.class).returnResult().getResponseBody();
    }

    private List<UserView> list() {
        return client.get().uri("/users").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<UserView>>() { }).returnResult().getResponseBody();
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
