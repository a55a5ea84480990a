package io.alchemy.engine;

/** A query returning the integers 1..n in a column named {@code n}, in each database's own way. */
final class Series {
    private Series() {
    }

    static String upTo(String database, int n) {
        return switch (database) {
            case "postgresql" -> "SELECT generate_series(1, " + n + ") AS n";
            case "h2" -> "SELECT X AS n FROM SYSTEM_RANGE(1, " + n + ")";
            case "mariadb" -> "SELECT seq AS n FROM seq_1_to_" + n;
            default -> "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < " + n + ") SELECT n FROM c";
        };
    }
}
