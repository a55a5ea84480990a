package io.alchemy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.benchmarks.report.Catalog;
import io.alchemy.benchmarks.report.JmhResults;
import io.alchemy.benchmarks.report.MachineInfo;
import io.alchemy.benchmarks.report.ReportGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;

/**
 * The suite's smoke mode, run by the normal build: every benchmark once, in-process, on the databases the build
 * tests ({@code -Dalchemy.test.databases}: H2 by default, H2 and PostgreSQL with {@code all}; PostgreSQL uses the
 * database named by {@code -Dalchemy.test.db-name}, default {@code alch_bench}). Each trial verifies its
 * contender's rows and statement counts, so a wrong contender fails this test.
 */
class SmokeTest {

    @Test
    void everyContenderRunsAndVerifiesOnEveryDatabase() throws Exception {
        List<String> databases = databases();
        System.setProperty("alchemy.bench.db-name", System.getProperty("alchemy.test.db-name", "alch_bench"));
        Path json = Path.of("target/smoke-result.json");
        String include = System.getProperty("alchemy.bench.smoke.include", ".*");
        Collection<RunResult> results = Suite.run(SuiteArgs.parse("--mode", "smoke", "--db", String.join(",", databases),
                "--include", include, "--json", json.toString(),
                // one size of each parameterized workload: the code paths are the same for every size
                "--param", "n=100", "--param", "changed=10", "--param", "managed=0,1000"));

        Set<String> ran = results.stream()
                .map(r -> r.getParams().getBenchmark().replace("io.alchemy.benchmarks.", "") + " on "
                        + r.getParams().getParam("db"))
                .collect(Collectors.toSet());
        List<String> expected = new ArrayList<>();
        for (Catalog.Workload workload : Catalog.workloads()) {
            for (Catalog.Contender contender : workload.contenders()) {
                String name = workload.className() + "." + contender.method();
                if (contender.missing() == null && name.matches(".*(" + include + ").*")) {
                    databases.forEach(db -> expected.add(name + " on " + db));
                }
            }
        }
        assertThat(ran).containsAll(expected);

        String report = ReportGenerator.render(JmhResults.read(json), MachineInfo.current(), "smoke");
        assertThat(report).contains("## W1 — Primary-key lookup").doesNotContain("| not run |");
    }

    /** The suite's databases among those the build tests. */
    private static List<String> databases() {
        String setting = System.getProperty("alchemy.test.databases", "embedded");
        if (setting.equals("all")) {
            return List.of("h2", "postgresql");
        }
        if (setting.equals("embedded")) {
            return List.of("h2");
        }
        List<String> chosen = new ArrayList<>();
        for (String db : List.of("h2", "postgresql")) {
            if (List.of(setting.split(",")).contains(db)) {
                chosen.add(db);
            }
        }
        return chosen.isEmpty() ? List.of("h2") : chosen;
    }
}
