package io.alchemy.benchmarks.report;

/** How JMH ran (from the first result of the JSON file): versions and iteration settings. */
public record RunInfo(String jmhVersion, String jdkVersion, String vmName, String vmVersion, String mode, int forks,
        int warmupIterations, String warmupTime, int measurementIterations, String measurementTime, int threads) {

    /** One line describing the settings. */
    String settings() {
        return "JMH " + jmhVersion + ", mode " + mode + ", " + threads + " thread, " + forks + " fork(s), warm-up "
                + warmupIterations + " x " + warmupTime + ", measurement " + measurementIterations + " x "
                + measurementTime;
    }
}
