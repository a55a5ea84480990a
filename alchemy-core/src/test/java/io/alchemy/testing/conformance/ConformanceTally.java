package io.alchemy.testing.conformance;

import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of every ported case of a test run, by SQLAlchemy source file: a case passes as SQLAlchemy wrote it,
 * passes as a recorded {@link Deviation}, fails, or did not run. A case run on several databases ({@code @MatrixTest})
 * passes only when no database failed it; each database's invocations are also counted on their own.
 */
final class ConformanceTally {
    /** How one case ended. */
    enum Outcome { PASSING, DEVIATING, FAILING, NOT_RUN }

    /** One ported case: its file, its name, its deviation (if any) and its invocations' results. */
    static final class Case {
        final String file;
        final String name;
        final Deviation deviation;
        int passed;
        int failed;
        final Map<String, int[]> byDatabase = new TreeMap<>();

        Case(String file, String name, Deviation deviation) {
            this.file = file;
            this.name = name;
            this.deviation = deviation;
        }

        Outcome outcome() {
            if (failed > 0) {
                return Outcome.FAILING;
            }
            if (passed == 0) {
                return Outcome.NOT_RUN;
            }
            return deviation == null ? Outcome.PASSING : Outcome.DEVIATING;
        }
    }

    private final Map<String, Case> cases = new TreeMap<>();

    /** Records one finished invocation of a case; {@code database} is null for a test that is not a matrix test. */
    synchronized void record(String file, String caseName, Deviation deviation, String database, boolean success) {
        Case c = cases.computeIfAbsent(file + "\u0000" + caseName, k -> new Case(file, caseName, deviation));
        if (success) {
            c.passed++;
        } else {
            c.failed++;
        }
        if (database != null) {
            int[] counts = c.byDatabase.computeIfAbsent(database, k -> new int[2]);
            counts[success ? 0 : 1]++;
        }
    }

    /** Records a case, or one database's invocation of it, that was disabled. */
    synchronized void recordSkipped(String file, String caseName, Deviation deviation) {
        cases.computeIfAbsent(file + "\u0000" + caseName, k -> new Case(file, caseName, deviation));
    }

    synchronized Iterable<Case> cases() {
        return java.util.List.copyOf(cases.values());
    }

    synchronized boolean isEmpty() {
        return cases.isEmpty();
    }
}
