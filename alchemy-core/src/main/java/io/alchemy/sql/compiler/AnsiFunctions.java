package io.alchemy.sql.compiler;

import java.util.Set;

/** The SQL-standard functions written without parentheses ({@code CURRENT_TIMESTAMP}). */
final class AnsiFunctions {
    private static final Set<String> NAMES = Set.of("current_date", "current_time", "current_timestamp",
            "current_user", "localtime", "localtimestamp", "session_user", "user");

    private AnsiFunctions() {
    }

    static boolean isAnsi(String lowerCaseName) {
        return NAMES.contains(lowerCaseName);
    }

    /**
     * How SQLAlchemy's registered functions of this kind are spelled when called with arguments: the ANSI ones in
     * upper case ({@code CURRENT_TIMESTAMP(x)}) and the grouping functions as SQL writes them ({@code CUBE},
     * {@code ROLLUP}, {@code GROUPING SETS}); {@code null} for any other name.
     */
    static @org.jspecify.annotations.Nullable String spelling(String lowerCaseName) {
        if (NAMES.contains(lowerCaseName)) {
            return lowerCaseName.toUpperCase(java.util.Locale.ROOT);
        }
        return switch (lowerCaseName) {
            case "cube" -> "CUBE";
            case "rollup" -> "ROLLUP";
            case "grouping_sets" -> "GROUPING SETS";
            default -> null;
        };
    }
}
