package io.alchemy.testing.conformance;

import io.alchemy.testing.conformance.ConformanceTally.Case;
import io.alchemy.testing.conformance.ConformanceTally.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Renders a {@link ConformanceTally} as the Markdown section of one module in {@code docs/conformance.md}. */
final class ConformanceMarkdown {
    private ConformanceMarkdown() {
    }

    static String render(String module, ConformanceTally tally) {
        Map<String, Map<Outcome, Integer>> byFile = new TreeMap<>();
        Map<String, Map<String, int[]>> byFileAndDatabase = new TreeMap<>();
        List<Case> deviations = new ArrayList<>();
        List<Case> failures = new ArrayList<>();
        for (Case c : tally.cases()) {
            Map<Outcome, Integer> counts = byFile.computeIfAbsent(c.file, k -> new EnumMap<>(Outcome.class));
            counts.merge(c.outcome(), 1, Integer::sum);
            c.byDatabase.forEach((db, pf) -> {
                int[] sum = byFileAndDatabase.computeIfAbsent(c.file, k -> new TreeMap<>())
                        .computeIfAbsent(db, k -> new int[2]);
                sum[0] += pf[0];
                sum[1] += pf[1];
            });
            if (c.outcome() == Outcome.DEVIATING) {
                deviations.add(c);
            } else if (c.outcome() == Outcome.FAILING) {
                failures.add(c);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("### ").append(module).append("\n\n");
        out.append("| SQLAlchemy file | ported | passing as written | deviating (recorded) | failing | not run "
                + "| share as written |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[5];
        for (Map.Entry<String, Map<Outcome, Integer>> e : byFile.entrySet()) {
            int[] row = row(e.getValue());
            for (int i = 0; i < 5; i++) {
                total[i] += row[i];
            }
            out.append(line("`" + e.getKey() + "`", row));
        }
        out.append(line("**total**", total)).append('\n');
        if (!byFileAndDatabase.isEmpty()) {
            appendDatabases(out, byFileAndDatabase);
        }
        if (!deviations.isEmpty()) {
            out.append("Deviations, each a recorded decision:\n\n| case | what differs | decision |\n|---|---|---|\n");
            for (Case c : deviations) {
                out.append("| `").append(c.name).append("` | ").append(c.deviation.value().replace("|", "\\|"))
                        .append(" | [").append(c.deviation.decision()).append("](design/")
                        .append(c.deviation.decision()).append(") |\n");
            }
            out.append('\n');
        }
        if (!failures.isEmpty()) {
            out.append("Failing:\n\n");
            for (Case c : failures) {
                out.append("- `").append(c.name).append("` (").append(c.file).append(")\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendDatabases(StringBuilder out, Map<String, Map<String, int[]>> byFileAndDatabase) {
        TreeSet<String> databases = new TreeSet<>();
        byFileAndDatabase.values().forEach(m -> databases.addAll(m.keySet()));
        out.append("Runs per database (passed / run):\n\n| SQLAlchemy file |");
        databases.forEach(db -> out.append(' ').append(db).append(" |"));
        out.append("\n|---|");
        databases.forEach(db -> out.append("---:|"));
        out.append('\n');
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, int[]>> e : byFileAndDatabase.entrySet()) {
            out.append("| `").append(e.getKey()).append("` |");
            for (String db : databases) {
                int[] pf = e.getValue().getOrDefault(db, new int[2]);
                int[] t = totals.computeIfAbsent(db, k -> new int[2]);
                t[0] += pf[0];
                t[1] += pf[1];
                out.append(' ').append(pf[0]).append(" / ").append(pf[0] + pf[1]).append(" |");
            }
            out.append('\n');
        }
        out.append("| **total** |");
        for (String db : databases) {
            int[] t = totals.getOrDefault(db, new int[2]);
            out.append(" **").append(t[0]).append(" / ").append(t[0] + t[1]).append("** |");
        }
        out.append("\n\n");
    }

    private static int[] row(Map<Outcome, Integer> counts) {
        int passing = counts.getOrDefault(Outcome.PASSING, 0);
        int deviating = counts.getOrDefault(Outcome.DEVIATING, 0);
        int failing = counts.getOrDefault(Outcome.FAILING, 0);
        int notRun = counts.getOrDefault(Outcome.NOT_RUN, 0);
        return new int[] {passing + deviating + failing + notRun, passing, deviating, failing, notRun};
    }

    private static String line(String label, int[] row) {
        String percent = row[0] == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * row[1] / row[0]);
        return "| " + label + " | " + row[0] + " | " + row[1] + " | " + row[2] + " | " + row[3] + " | " + row[4]
                + " | " + percent + " |\n";
    }
}
