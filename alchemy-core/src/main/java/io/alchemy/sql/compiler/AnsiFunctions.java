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
}
