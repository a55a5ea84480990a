package io.alchemy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.demo.user.UserView;
import io.alchemy.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeing what the data access does, over HTTP: a request that lazily loads a relationship per row is an N+1 incident
 * in the log, in /actuator/alchemy and in /actuator/prometheus, and the same request with selectinload is none; the
 * Grafana dashboard queries only series the app exports; the insight page and its chart library are served.
 */
class InsightOnH2Test extends ApiTestSupport {
    private static final String LOGGER = "io.alchemy.orm.NPlusOne";

    /** Six users with two addresses each, named with {@code tag}. */
    private void users(String tag) {
        for (int i = 0; i < 6; i++) {
            create(Map.of("name", tag + "-" + i, "addresses", List.of(i + "a@" + tag + ".org", i + "b@" + tag + ".org")));
        }
    }

    private List<UserView> directory(String tag, String loading) {
        return client.get().uri("/users/directory?q={q}&loading={loading}", tag, loading).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<UserView>>() { })
                .returnResult().getResponseBody();
    }

    private JsonNode alchemy() {
        return client.get().uri("/actuator/alchemy").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String prometheus() {
        return client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private long incidents(JsonNode report) {
        JsonNode count = report.get("nPlusOne").get("bySubject").get("User.addresses");
        return count == null ? 0 : count.asLong();
    }

    @Test
    void aLazyLoadPerRowIsAnIncidentInTheLogTheEndpointAndPrometheus() {
        String tag = uniqueName("lazy");
        users(tag);
        long before = incidents(alchemy());
        List<UserView> listed;
        try (LogCapture log = LogCapture.of(LOGGER)) {
            listed = directory(tag, "lazy");
            assertThat(log.messages()).containsExactly("N+1 queries: User.addresses was lazy-loaded 6 times in one "
                    + "transaction, one SELECT per User. Load it with the query that loads the User objects: "
                    + ".options(selectinload(User_.addresses)), or set lazy = SELECTIN on @Relationship "
                    + "User.addresses.");
        }
        assertThat(listed).hasSize(6).allSatisfy(user -> assertThat(user.addresses()).hasSize(2));

        JsonNode report = alchemy();
        assertThat(incidents(report)).isEqualTo(before + 1);
        JsonNode latest = report.get("nPlusOne").get("recent").get(0);
        assertThat(latest.get("subject").asString()).isEqualTo("User.addresses");
        assertThat(latest.get("kind").asString()).isEqualTo("lazy_load");
        assertThat(latest.get("count").asInt()).isEqualTo(6);
        assertThat(report.get("nPlusOne").get("mode").asString()).isEqualTo("warn");
        assertThat(report.get("statements").get("top").size()).isPositive();
        assertThat(report.get("statementCache").get("hitRatio").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("pool").get("max").asInt()).isPositive();
        assertThat(report.get("flushes").get("inserted").asLong()).isPositive();

        assertThat(prometheus()).containsPattern(
                "alchemy_n_plus_one_total\\{[^}]*kind=\"lazy_load\"[^}]*relationship=\"User\\.addresses\"[^}]*} [1-9]");
    }

    @Test
    void withSelectinloadTheSameRequestIsNoIncident() {
        String tag = uniqueName("selectin");
        users(tag);
        long before = incidents(alchemy());
        try (LogCapture log = LogCapture.of(LOGGER)) {
            List<UserView> listed = directory(tag, "selectin");
            assertThat(listed).hasSize(6).allSatisfy(user -> assertThat(user.addresses()).hasSize(2));
            assertThat(log.messages()).isEmpty();
        }
        assertThat(incidents(alchemy())).isEqualTo(before);
    }

    @Test
    void theTopStatementsAreShapesWithCountsTimesAndRows() {
        String tag = uniqueName("shapes");
        users(tag);
        directory(tag, "selectin");
        directory(tag, "selectin");
        JsonNode top = alchemy().get("statements").get("top");
        List<JsonNode> statements = new ArrayList<>();
        top.forEach(statements::add);
        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement.get("sql").asString()).doesNotContain(tag);           // values are never shown
            assertThat(statement.get("count").asLong() + statement.get("errors").asLong()).isPositive();
            assertThat(statement.get("maxMillis").asDouble()).isLessThanOrEqualTo(statement.get("totalMillis").asDouble());
        });
        assertThat(statements).anySatisfy(statement -> assertThat(statement.get("sql").asString())
                .startsWith("INSERT INTO user_account"));
    }

    @Test
    void everySeriesTheDashboardQueriesIsInThePrometheusScrape() throws Exception {
        String tag = uniqueName("dashboard");
        users(tag);                                                            // inserts, flushes, connections
        directory(tag, "lazy");                                                // an N+1 incident
        client.get().uri("/users/{id}", Integer.MAX_VALUE).exchange().expectStatus().isNotFound();
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("../docs/grafana/alchemy-dashboard.json")));
        Set<String> queried = new TreeSet<>();
        Pattern series = Pattern.compile("\\b(?:alchemy|hikaricp)_[a-z_]+");
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher matcher = series.matcher(target.get("expr").asString());
                while (matcher.find()) {
                    queried.add(matcher.group());
                }
            }
        }
        assertThat(queried).contains("alchemy_statements_seconds_count", "alchemy_n_plus_one_total",
                "hikaricp_connections_active", "alchemy_statement_cache_total", "alchemy_session_flushes_seconds_count");
        String scrape = prometheus();
        Set<String> exported = new TreeSet<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> exported.add(line.split("[{ ]", 2)[0]));
        assertThat(exported).containsAll(queried);
        assertThat(scrape).contains("application=\"alchemy-demo\"");            // the dashboard's $application
    }

    @Test
    void theInsightPageAndItsChartLibraryAreServedByTheApp() {
        String page = client.get().uri("/insight.html").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>",
                "/actuator/alchemy", "<script src=\"/insight.js\"></script>").doesNotContain("https://");
        client.get().uri("/webjars/echarts/5.3.1/dist/echarts.min.js").exchange().expectStatus().isOk();
        client.get().uri("/insight.js").exchange().expectStatus().isOk();
    }
}
