package io.alchemy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.demo.user.UserView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The demo's user API, driven over a real socket against the running app; subclasses choose the database. */
abstract class UserApiContract extends ApiTestSupport {

    @Test
    void healthIsUpAndIncludesTheDatabase() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void createsAUserWithAddressesAndReadsItBack() {
        String name = uniqueName("sandy");
        UserView created = create(Map.of("name", name, "fullname", "Sandy Cheeks",
                "addresses", List.of("sandy@sqlalchemy.org", "sandy@squirrelpower.org")));
        assertThat(created.id()).isPositive();
        assertThat(created).isEqualTo(new UserView(created.id(), name, "Sandy Cheeks",
                List.of("sandy@sqlalchemy.org", "sandy@squirrelpower.org")));
        assertThat(search(name).content()).containsExactly(created);
        client.get().uri("/users/{id}", created.id()).exchange()
                .expectStatus().isOk()
                .expectBody(UserView.class).isEqualTo(created);
    }

    @Test
    void aUserNeedsNoFullnameNorAddresses() {
        String name = uniqueName("patrick");
        UserView created = create(Map.of("name", name));
        assertThat(search(name).content()).containsExactly(new UserView(created.id(), name, null, List.of()));
    }

    @Test
    void replacesAUserAndItsAddresses() {
        UserView created = create(Map.of("name", uniqueName("gary"), "addresses", List.of("gary@shell.org")));
        String renamed = uniqueName("garold");
        client.put().uri("/users/{id}", created.id()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", renamed, "fullname", "Gary the Snail", "addresses", List.of("meow@shell.org")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(UserView.class)
                .isEqualTo(new UserView(created.id(), renamed, "Gary the Snail", List.of("meow@shell.org")));
        client.get().uri("/users/{id}", created.id()).exchange()
                .expectBody(UserView.class)
                .isEqualTo(new UserView(created.id(), renamed, "Gary the Snail", List.of("meow@shell.org")));
    }

    @Test
    void deletesAUserWithItsAddresses() {
        UserView created = create(Map.of("name", uniqueName("plankton"), "addresses", List.of("karen@chum.org")));
        client.delete().uri("/users/{id}", created.id()).exchange().expectStatus().isNoContent();
        client.get().uri("/users/{id}", created.id()).exchange().expectStatus().isNotFound();
        client.delete().uri("/users/{id}", created.id()).exchange().expectStatus().isNotFound();
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
        client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "addresses", List.of("impostor@example.org"))).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("A user named '" + name + "' already exists");
        assertThat(search(name).content()).singleElement()
                .satisfies(user -> assertThat(user.addresses()).containsExactly("squidward@example.org"));
    }

    @Test
    void renamingToATakenNameIsA409() {
        String taken = uniqueName("larry");
        create(Map.of("name", taken));
        UserView other = create(Map.of("name", uniqueName("lobster")));
        client.put().uri("/users/{id}", other.id()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", taken)).exchange()
                .expectStatus().isEqualTo(409);
        client.get().uri("/users/{id}", other.id()).exchange().expectBody(UserView.class).isEqualTo(other);
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
        client.put().uri("/users/{id}", Integer.MAX_VALUE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", uniqueName("ghost"))).exchange()
                .expectStatus().isNotFound();
    }
}
