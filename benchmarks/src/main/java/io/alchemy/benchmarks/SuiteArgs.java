package io.alchemy.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link Suite}. Every flag is optional:
 * <pre>
 *   --mode full|quick|smoke   run length preset (default full; see {@link RunLength})
 *   --db h2,postgresql        databases (default both)
 *   --include REGEX           benchmarks to run, e.g. 'W1|W2' or 'W4.*jdbc' (default all)
 *   --param NAME=V1,V2        restrict a parameter, e.g. --param n=100,1000 (repeatable)
 *   --forks N --warmup N --iterations N --time SECONDS   override the preset
 *   --json FILE               JMH's JSON output (default benchmarks/target/jmh-result.json)
 *   --report FILE             the generated report (default docs/benchmarks.md)
 *   --report-only             regenerate the report from an existing --json file, running nothing
 *   --note TEXT               a note printed under the report's header (how and where it was produced)
 * </pre>
 */
record SuiteArgs(RunLength length, List<String> databases, String include, Map<String, String[]> params,
        Path json, Path report, boolean reportOnly, String note) {

    /** The arguments less {@code --note TEXT}, for quoting the command in the report. */
    static java.util.List<String> withoutNote(String... args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--note")) {
                i++;
            } else {
                kept.add(args[i]);
            }
        }
        return kept;
    }

    static SuiteArgs parse(String... args) {
        String mode = "full";
        List<String> databases = List.of("h2", "postgresql");
        String include = ".*";
        Map<String, String[]> params = new LinkedHashMap<>();
        Path json = Path.of("benchmarks/target/jmh-result.json");
        Path report = Path.of("docs/benchmarks.md");
        boolean reportOnly = false;
        String note = null;
        Integer forks = null;
        Integer warmup = null;
        Integer iterations = null;
        Integer seconds = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--report-only")) {
                reportOnly = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Flag " + flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--mode" -> mode = value;
                case "--db" -> databases = List.of(value.split(","));
                case "--include" -> include = value;
                case "--param" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--param wants NAME=V1,V2, got " + value);
                    }
                    params.put(value.substring(0, eq), value.substring(eq + 1).split(","));
                }
                case "--forks" -> forks = Integer.valueOf(value);
                case "--warmup" -> warmup = Integer.valueOf(value);
                case "--iterations" -> iterations = Integer.valueOf(value);
                case "--time" -> seconds = Integer.valueOf(value);
                case "--json" -> json = Path.of(value);
                case "--report" -> report = Path.of(value);
                case "--note" -> note = value;
                default -> throw new IllegalArgumentException("Unknown flag " + flag + " (see SuiteArgs)");
            }
        }
        for (String db : databases) {
            if (!db.equals("h2") && !db.equals("postgresql")) {
                throw new IllegalArgumentException("Unknown database " + db + " (h2, postgresql)");
            }
        }
        RunLength length = RunLength.of(mode).with(forks, warmup, iterations, seconds);
        return new SuiteArgs(length, new ArrayList<>(databases), include, params, json, report, reportOnly, note);
    }
}
