package io.alchemy.samples.clinic;

import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test matrix's server databases ({@code -Dalchemy.test.databases=all}, named by {@code alchemy.test.db-name}),
 * each reset once per test run for the application contexts that use it.
 */
final class MatrixDatabases {
    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private MatrixDatabases() {
    }

    static boolean postgresql() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    static boolean mariadb() {
        return DatabaseMatrix.selected().contains("mariadb");
    }

    /** The JDBC URL of the named database, reset on first use (a server TestDatabase holds no connection). */
    static String url(String name) {
        return URLS.computeIfAbsent(name, n -> TestDatabase.fresh(n).url());
    }
}
