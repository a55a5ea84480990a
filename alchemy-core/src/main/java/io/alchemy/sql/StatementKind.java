package io.alchemy.sql;

import java.util.Locale;

/** What a statement does, for metrics tags, echo and result handling. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE, DDL, OTHER;

    /** Guesses the kind of a textual statement from its first keyword (WITH … is treated as a SELECT). */
    public static StatementKind ofSql(String sql) {
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return switch (s.substring(0, end).toUpperCase(Locale.ROOT)) {
            case "SELECT", "WITH", "VALUES", "SHOW", "PRAGMA", "EXPLAIN" -> SELECT;
            case "INSERT", "MERGE", "REPLACE", "UPSERT" -> INSERT;
            case "UPDATE" -> UPDATE;
            case "DELETE" -> DELETE;
            case "CREATE", "DROP", "ALTER", "TRUNCATE", "COMMENT", "RENAME" -> DDL;
            default -> OTHER;
        };
    }

    /** Lower-case name, as used in metric tags. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
