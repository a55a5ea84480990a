package io.alchemy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.demo.report.AddressRanking;
import io.alchemy.demo.user.ImportResult;
import io.alchemy.demo.user.PageView;
import io.alchemy.demo.user.UserView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/** Search with paging and sorting, the bulk import, the Core report and the actuator endpoints, over HTTP. */
abstract class OperationsApiContract extends ApiTestSupport {

    @Test
    void searchesPageBySortedPage() {
        String tag = uniqueName("pager");
        for (String name : List.of("c", "a", "e", "b", "d")) {
            create(Map.of("name", name + "-" + tag, "fullname", name.toUpperCase()));
        }
        PageView<UserView> first = search("/users?q={q}&size=2&sort=name,desc", tag.toUpperCase());   // any case
        assertThat(first.content()).extracting(UserView::fullname).containsExactly("E", "D");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        PageView<UserView> last = search("/users?q={q}&size=2&page=2&sort=fullname", tag);
        assertThat(last.content()).extracting(UserView::fullname).containsExactly("E");
        assertThat(search("/users?q={q}&sort=id", tag).content()).extracting(UserView::fullname)
                .containsExactly("C", "A", "E", "B", "D");
    }

    @Test
    void badPagingParametersAreA400() {
        client.get().uri("/users?sort=password&size=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("size: must be greater than or equal to 1; sort: must be id, name or "
                        + "fullname, optionally followed by ,asc or ,desc");
    }

    /** A page whose first row would be past the largest offset (page × size over 2^31 - 1) is a 400, not a 500. */
    @Test
    void aPagePastTheLargestOffsetIsA400() {
        client.get().uri("/users?page=2147483647&size=100").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("page: must be less than or equal to 21474835");
    }

    @Test
    void importsThousandsOfUsersInOneRequest() {
        String tag = uniqueName("bulk");
        List<Map<String, Object>> batch = new ArrayList<>();
        IntStream.range(0, 2000).forEach(i -> batch.add(Map.of("name", i + "-" + tag,
                "addresses", List.of("user" + i + "@" + tag + ".org"))));
        ImportResult result = client.post().uri("/users/import").contentType(MediaType.APPLICATION_JSON).body(batch)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(ImportResult.class).returnResult().getResponseBody();
        assertThat(result).isEqualTo(new ImportResult(2000, 2000));
        PageView<UserView> page = search("/users?q={q}&size=3&sort=name", "1999-" + tag);
        assertThat(page.content()).singleElement()
                .satisfies(user -> assertThat(user.addresses()).containsExactly("user1999@" + tag + ".org"));
        assertThat(search("/users?q={q}&size=1", tag).totalElements()).isEqualTo(2000);
    }

    @Test
    void anImportWithADuplicateIsA409AndStoresNothing() {
        String tag = uniqueName("dupe");
        String taken = "taken-" + tag;
        create(Map.of("name", taken));
        client.post().uri("/users/import").contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("name", "new-" + tag), Map.of("name", taken))).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("A user named '" + taken + "' already exists");
        client.post().uri("/users/import").contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("name", "twice-" + tag), Map.of("name", "twice-" + tag))).exchange()
                .expectStatus().isEqualTo(409);
        assertThat(search(tag).content()).extracting(UserView::name).containsExactly(taken);
    }

    @Test
    void anInvalidUserInAnImportIsA400NamingIt() {
        client.post().uri("/users/import").contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("name", uniqueName("fine")), Map.of("fullname", "no name"))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("batch[1].name: must not be blank");
    }

    @Test
    void theRankingReportCountsAddressesWithAWindowFunction() {
        String tag = uniqueName("rank");
        create(Map.of("name", "three-" + tag, "addresses", List.of("a@x.org", "b@x.org", "c@x.org")));
        create(Map.of("name", "two-" + tag, "addresses", List.of("a@y.org", "b@y.org")));
        List<AddressRanking> ranking = client.get().uri("/reports/address-ranking?top=1000").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<AddressRanking>>() { })
                .returnResult().getResponseBody();
        assertThat(ranking).extracting(AddressRanking::rank).isSorted();
        AddressRanking three = ranking.stream().filter(r -> r.name().equals("three-" + tag)).findFirst().orElseThrow();
        AddressRanking two = ranking.stream().filter(r -> r.name().equals("two-" + tag)).findFirst().orElseThrow();
        assertThat(three.addresses()).isEqualTo(3);
        assertThat(three.rank()).isLessThan(two.rank());
        assertThat(three.share()).isGreaterThan(two.share()).isLessThanOrEqualTo(1.0);
        client.get().uri("/reports/address-ranking?top=0").exchange().expectStatus().isBadRequest();
    }

    @Test
    void alchemyStatementsCountGrowsAsTheApiIsUsed() {
        double before = statementCount();
        create(Map.of("name", uniqueName("counted"), "addresses", List.of("one@counted.org")));
        search(uniqueName("nobody"));
        assertThat(statementCount()).isGreaterThanOrEqualTo(before + 4);     // exists, insert, insert, select, count
        client.get().uri("/actuator/metrics/alchemy.statements?tag=operation:insert&tag=outcome:success").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.measurements[0].value").value(Double.class,
                        inserts -> assertThat(inserts).isGreaterThanOrEqualTo(2.0));
    }

    private double statementCount() {
        return client.get().uri("/actuator/metrics/alchemy.statements").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("measurements").get(0).get("value").asDouble();
    }

    @Test
    void prometheusShowsTheAppsMeters() {
        create(Map.of("name", uniqueName("metered")));
        String scrape = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("hikaricp_connections_active", "http_server_requests_seconds_count",
                        "alchemy_statements_seconds_count", "alchemy_connections_acquire_seconds_count")
                .containsPattern("spring_data_repository_invocations_seconds_count\\{[^}]*method=\"existsByName\""
                        + "[^}]*repository=\"UserRepository\"");
    }
}
