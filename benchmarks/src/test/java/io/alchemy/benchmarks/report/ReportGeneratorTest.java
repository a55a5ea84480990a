package io.alchemy.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {
    private static final MachineInfo MACHINE = new MachineInfo("Test CPU", 2, 8L << 30, "Linux 6 (amd64)",
            "2026-11-25T12:00:00Z");

    /** One JMH JSON entry: forks given as lists of iteration scores; score is their overall mean. */
    private static String entry(String benchmark, String params, List<List<Double>> forks, Double bytes,
            double ops, double statements) {
        double sum = 0;
        int count = 0;
        StringBuilder raw = new StringBuilder("[");
        for (List<Double> fork : forks) {
            raw.append(raw.length() > 1 ? "," : "").append(fork);
            for (double v : fork) {
                sum += v;
                count++;
            }
        }
        raw.append("]");
        String secondary = "\"ops\": {\"score\": " + ops + ", \"scoreUnit\": \"#\"}, "
                + "\"statements\": {\"score\": " + statements + ", \"scoreUnit\": \"#\"}"
                + (bytes == null ? "" : ", \"gc.alloc.rate.norm\": {\"score\": " + bytes + ", \"scoreUnit\": \"B/op\"}");
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"io.alchemy.benchmarks." + benchmark + "\", "
                + "\"mode\": \"avgt\", \"threads\": 1, \"forks\": " + forks.size() + ", \"jdkVersion\": \"17.0.15\", "
                + "\"vmName\": \"OpenJDK 64-Bit Server VM\", \"vmVersion\": \"17.0.15+6\", \"warmupIterations\": 3, "
                + "\"warmupTime\": \"1 s\", \"measurementIterations\": 5, \"measurementTime\": \"1 s\", "
                + "\"params\": {" + params + "}, "
                + "\"primaryMetric\": {\"score\": " + (sum / count) + ", \"scoreError\": \"NaN\", "
                + "\"scoreUnit\": \"us/op\", \"rawData\": " + raw + "}, "
                + "\"secondaryMetrics\": {" + secondary + "}}";
    }

    private static final String JSON = "[" + String.join(",\n",
            entry("W1PkLookup.jdbc", "\"db\": \"h2\"", List.of(List.of(1.0, 1.2), List.of(1.4, 1.4)), 512.0, 1000, 1000),
            entry("W1PkLookup.jooq", "\"db\": \"h2\"", List.of(List.of(2.0, 2.0), List.of(2.0, 2.0)), 4096.0, 500, 500),
            entry("W2FetchRows.hibernate", "\"db\": \"postgresql\", \"n\": \"100\"",
                    List.of(List.of(250.0, 250.0)), null, 10, 10),
            entry("W2FetchRows.jdbc", "\"db\": \"postgresql\", \"n\": \"100\"", List.of(List.of(125.0, 125.0)), null, 20,
                    20),
            entry("W3ObjectGraph.jdbcLazy", "\"db\": \"h2\"", List.of(List.of(30.0)), 100.0, 4, 204)) + "]";

    private final String report = ReportGenerator.render(JmhResults.parse(JSON), MACHINE, "java -jar benchmarks.jar");

    @Test
    void headerNamesTheMachineTheJdkTheSettingsAndTheCommand() {
        assertThat(report)
                .contains("| Machine | Test CPU, 2 cores, 8.0 GiB |")
                .contains("| JDK | 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6) |")
                .contains("| Date | 2026-11-25T12:00:00Z |")
                .contains("2 fork(s), warm-up 3 x 1 s, measurement 5 x 1 s")
                .contains("`java -jar benchmarks.jar`")
                .contains("do not edit by hand");
    }

    @Test
    void theSummaryListsEveryTableWithEachMainContendersRatio() {
        assertThat(report)
                .contains("| W1 | h2 | not run | not run | 1.60 | not run |")
                .contains("| W2 | postgresql, n = 100 | not run | not run | not run | 2.00 |")
                .contains("| W3 | h2 | not run | not run | not run | not run |");
    }

    @Test
    void aNoteOnHowTheReportWasProducedGoesUnderTheHeader() {
        assertThat(ReportGenerator.render(JmhResults.parse(JSON), MACHINE, "x", "Shared machine."))
                .contains("> **Note:** Shared machine.\n");
        assertThat(report).doesNotContain("**Note:**");
    }

    @Test
    void aShortRunIsFlaggedAsSuch() {
        assertThat(report).doesNotContain("**Short run**");
        String oneFork = JSON.replace("\"forks\": 2", "\"forks\": 1");
        assertThat(ReportGenerator.render(JmhResults.parse(oneFork), MACHINE, "x")).contains("**Short run** (1 fork(s)");
    }

    @Test
    void eachContenderRowHasTimeForkRangeRatioToJdbcAllocationAndStatements() {
        assertThat(report)
                .contains("### h2\n")
                .contains("| JDBC (hand-written) | 1.25 | 1.10–1.40 | 1.00 | 512 | 1 |")
                .contains("| jOOQ | 2.00 | 2.00–2.00 | 1.60 | 4,096 | 1 |");
    }

    @Test
    void parametersMakeTheirOwnTableAndMissingProfilesShowAsDashes() {
        assertThat(report)
                .contains("### postgresql, n = 100\n")
                .contains("| Hibernate | 250 | 250–250 | 2.00 | – | 1 |");
    }

    @Test
    void everyAlchemyCellCanBeBuiltSoNoneIsListedAsMissing() {
        assertThat(Catalog.workloads()).flatExtracting(Catalog.Workload::contenders)
                .allMatch(contender -> contender.missing() == null);
        assertThat(report).doesNotContain("missing:").contains("| Alchemy ORM (selectinload) | not run | | | | |");
    }

    @Test
    void contendersInTheCatalogButAbsentFromTheRunAreMarkedNotRun() {
        assertThat(report).contains("| Alchemy Core | not run | | | | |");
    }

    @Test
    void aTableWithoutItsJdbcBaselineShowsNoRatioAndFractionalStatementCountsAreKept() {
        assertThat(report).contains("| JDBC, 1 + N queries | 30.0 | 30.0–30.0 | – | 100 | 51 |");
        assertThat(ReportGenerator.time(0.01234)).isEqualTo("0.012");
        assertThat(ReportGenerator.time(12345.6)).isEqualTo("12,346");
    }

    @Test
    void workloadsAbsentFromTheRunSayTheyWereNotRun() {
        assertThat(report).contains("## W7 — Graph insert (20 users x 2 addresses)").contains("_Not run in this report._");
    }

    @Test
    void malformedOrEmptyJsonIsRejectedWithTheReason() {
        assertThatThrownBy(() -> JmhResults.parse("[]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no benchmark results");
        assertThatThrownBy(() -> JmhResults.parse("[{\"a\": }]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad JSON at offset");
    }
}
