package io.alchemy.benchmarks;

/**
 * How long the suite runs. {@code full}: 3 forks of 3 warm-up and 5 measured one-second iterations, the default;
 * {@code quick}: 1 fork, 1 warm-up and 2 measured iterations (proves the pipeline, numbers are rough);
 * {@code smoke}: in-process (no fork), one measured 10 ms iteration (every contender verified, numbers meaningless).
 */
record RunLength(String name, int forks, int warmupIterations, int iterations, int iterationMillis) {

    static RunLength of(String name) {
        return switch (name) {
            case "full" -> new RunLength(name, 3, 3, 5, 1_000);
            case "quick" -> new RunLength(name, 1, 1, 2, 1_000);
            case "smoke" -> new RunLength(name, 0, 0, 1, 10);
            default -> throw new IllegalArgumentException("Unknown mode " + name + " (full, quick, smoke)");
        };
    }

    RunLength with(Integer forks, Integer warmup, Integer iterations, Integer seconds) {
        return new RunLength(name, forks != null ? forks : this.forks, warmup != null ? warmup : warmupIterations,
                iterations != null ? iterations : this.iterations,
                seconds != null ? seconds * 1_000 : iterationMillis);
    }

    boolean profilesAllocation() {
        return forks > 0;
    }

    @Override
    public String toString() {
        return name + ": " + forks + " fork(s) x (" + warmupIterations + " warm-up + " + iterations + " measured "
                + iterationMillis + " ms iterations)";
    }
}
