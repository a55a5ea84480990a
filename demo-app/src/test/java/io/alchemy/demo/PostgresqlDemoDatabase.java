package io.alchemy.demo;

import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;

/**
 * The local PostgreSQL database of the test matrix ({@code alchemy.test.db-name}), reset once per test run for the
 * classes that run the app with the {@code postgresql} profile (they share it: every test works on names of its own).
 * Those classes run when the matrix includes PostgreSQL ({@code -Dalchemy.test.databases=all}).
 */
final class PostgresqlDemoDatabase {
    private static String url;

    private PostgresqlDemoDatabase() {
    }

    /** Whether the matrix includes PostgreSQL. */
    static boolean selected() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    /** The JDBC URL of the database, reset on first use (a PostgreSQL TestDatabase holds no connection to close). */
    static synchronized String url() {
        if (url == null) {
            url = TestDatabase.fresh("postgresql").url();
        }
        return url;
    }
}
