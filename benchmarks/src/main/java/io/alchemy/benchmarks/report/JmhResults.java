package io.alchemy.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's JSON result file ({@code -rf json}) into {@link BenchmarkResult}s and the {@link RunInfo}. */
public record JmhResults(RunInfo run, List<BenchmarkResult> results) {

    /** Reads {@code file}. */
    public static JmhResults read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Parses the text of a JMH JSON result file. */
    @SuppressWarnings("unchecked")
    public static JmhResults parse(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalArgumentException("JMH result file holds no benchmark results");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (Object entry : entries) {
            results.add(result((Map<String, Object>) entry));
        }
        return new JmhResults(runInfo((Map<String, Object>) entries.get(0)), results);
    }

    @SuppressWarnings("unchecked")
    private static BenchmarkResult result(Map<String, Object> entry) {
        String benchmark = (String) entry.get("benchmark");
        String[] parts = benchmark.split("\\.");
        Map<String, String> params = new LinkedHashMap<>();
        Object rawParams = entry.get("params");
        if (rawParams instanceof Map<?, ?> map) {
            map.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
        }
        Map<String, Object> primary = (Map<String, Object>) entry.get("primaryMetric");
        List<Double> forkMeans = new ArrayList<>();
        for (Object fork : (List<Object>) primary.getOrDefault("rawData", List.of())) {
            List<Object> iterations = (List<Object>) fork;
            forkMeans.add(iterations.stream().mapToDouble(JmhResults::number).average().orElse(Double.NaN));
        }
        Map<String, Object> secondary = (Map<String, Object>) entry.getOrDefault("secondaryMetrics", Map.of());
        Double bytes = score(secondary, "gc.alloc.rate.norm");
        Double statements = score(secondary, "statements");
        Double ops = score(secondary, "ops");
        Double perOp = statements != null && ops != null && ops > 0 ? statements / ops : null;
        return new BenchmarkResult(parts[parts.length - 2], parts[parts.length - 1], params, number(primary.get("score")),
                (String) primary.get("scoreUnit"), forkMeans, bytes, perOp);
    }

    @SuppressWarnings("unchecked")
    private static Double score(Map<String, Object> secondary, String name) {
        Object metric = secondary.get(name);
        if (!(metric instanceof Map<?, ?>)) {
            return null;
        }
        double value = number(((Map<String, Object>) metric).get("score"));
        return Double.isNaN(value) ? null : value;
    }

    private static RunInfo runInfo(Map<String, Object> first) {
        return new RunInfo(text(first, "jmhVersion"), text(first, "jdkVersion"), text(first, "vmName"),
                text(first, "vmVersion"), text(first, "mode"), (int) number(first.get("forks")),
                (int) number(first.get("warmupIterations")), text(first, "warmupTime"),
                (int) number(first.get("measurementIterations")), text(first, "measurementTime"),
                (int) number(first.get("threads")));
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "?" : String.valueOf(value);
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
