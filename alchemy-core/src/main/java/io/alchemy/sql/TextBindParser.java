package io.alchemy.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code :name} bind parameters of textual SQL and rewrites them to JDBC's {@code ?}, keeping their order
 * (a name used twice is bound twice). Not a bind: text inside {@code '…'} string literals or {@code "…"} quoted
 * identifiers, PostgreSQL casts ({@code x::int}), a colon right after a word character ({@code a:b}), and an
 * escaped colon {@code \:}, which becomes a plain colon (inside quotes too, as in SQLAlchemy).
 */
final class TextBindParser {
    private TextBindParser() {
    }

    /**
     * The JDBC SQL, the bind names, one per placeholder, in order, and the text between the placeholders (one more
     * segment than names). A {@code ?} written in the text stays in its segment: it is not a placeholder.
     */
    record Parsed(String jdbcSql, List<String> names, List<String> segments) {
    }

    static Parsed parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        int segmentStart = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(sql, i, c);
                out.append(sql.substring(i, end).replace("\\:", ":"));
                i = end;
            } else if (c == '\\' && next(sql, i) == ':') {
                out.append(':');
                i += 2;
            } else if (c == ':' && next(sql, i) == ':') {
                int end = i;
                while (end < sql.length() && sql.charAt(end) == ':') {
                    end++;
                }
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && isWord(next(sql, i)) && !(i > 0 && isWord(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < sql.length() && isWord(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                segments.add(out.substring(segmentStart));
                out.append('?');
                segmentStart = out.length();
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        segments.add(out.substring(segmentStart));
        return new Parsed(out.toString(), List.copyOf(names), List.copyOf(segments));
    }

    /** The index just past the literal starting at {@code start}; a doubled quote stays inside it. */
    private static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (next(sql, i) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static char next(String sql, int i) {
        return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
