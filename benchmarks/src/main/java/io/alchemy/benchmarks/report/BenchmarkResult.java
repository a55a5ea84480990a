package io.alchemy.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * One JMH result, as the report needs it.
 *
 * @param workload the benchmark class's simple name ({@code W1PkLookup})
 * @param contender the benchmark method ({@code jdbc}, {@code hibernate}, …)
 * @param params the JMH parameters, {@code db} included, in declaration order
 * @param score the mean time per operation over every measured iteration of every fork
 * @param unit the score's unit ({@code us/op})
 * @param forkMeans the mean of each fork's measured iterations
 * @param bytesPerOp {@code gc.alloc.rate.norm}, or {@code null} when not profiled
 * @param statementsPerOp JDBC statement executions per operation, or {@code null} when not audited
 */
public record BenchmarkResult(String workload, String contender, Map<String, String> params, double score, String unit,
        List<Double> forkMeans, Double bytesPerOp, Double statementsPerOp) {

    /** The database parameter. */
    public String db() {
        return params.getOrDefault("db", "?");
    }

    /** The parameters other than the database, as {@code n = 100, changed = 10}; empty when none. */
    public String shape() {
        StringBuilder sb = new StringBuilder();
        params.forEach((name, value) -> {
            if (!name.equals("db")) {
                sb.append(sb.length() == 0 ? "" : ", ").append(name).append(" = ").append(value);
            }
        });
        return sb.toString();
    }

    /** The lowest fork mean. */
    public double min() {
        return forkMeans.stream().mapToDouble(Double::doubleValue).min().orElse(score);
    }

    /** The highest fork mean. */
    public double max() {
        return forkMeans.stream().mapToDouble(Double::doubleValue).max().orElse(score);
    }
}
