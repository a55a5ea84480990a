package io.alchemy.demo;

import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local PostgreSQL database of the test matrix ({@code alchemy.test.db-name}), reset for each test class that
 * runs the app with the {@code postgresql} profile; those classes run when the matrix includes PostgreSQL
 * ({@code -Dalchemy.test.databases=all}).
 */
final class PostgresqlDemoDatabase {
    private PostgresqlDemoDatabase() {
    }

    /** Whether the matrix includes PostgreSQL. */
    static boolean selected() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    /** Resets the database and points the app at it; close the result after the class. */
    static TestDatabase fresh(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.fresh("postgresql");
        registry.add("spring.datasource.url", database::url);
        return database;
    }
}
