package io.alchemy.dialect.postgresql;

/**
 * Writes each literal {@code ?} of SQL text as {@code ??}, the PostgreSQL JDBC driver's escape, so that the jsonb
 * operators {@code ?}, {@code ?|} and {@code ?&} are not taken for parameter placeholders. A {@code ?} inside a
 * {@code '…'} string, a {@code "…"} identifier, a {@code $tag$…$tag$} string or a comment is left as it is, as the
 * driver itself does not look there. (An {@code E'…'} string with a backslash-escaped quote is not recognised.)
 */
final class QuestionMarkEscaper {
    private QuestionMarkEscaper() {
    }

    static String escape(String sql) {
        if (sql.indexOf('?') < 0) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 4);
        int i = 0;
        while (i < sql.length()) {
            int end = endOfSkipped(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
            } else {
                char c = sql.charAt(i++);
                out.append(c == '?' ? "??" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** The end of a quoted string, identifier, dollar-quoted string or comment starting at {@code i}; {@code i} if none. */
    private static int endOfSkipped(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            return endOfQuoted(sql, i, c);
        }
        if (sql.startsWith("--", i)) {
            int newline = sql.indexOf('\n', i);
            return newline < 0 ? sql.length() : newline + 1;
        }
        if (sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        if (c == '$' && (i == 0 || !isIdentifierPart(sql.charAt(i - 1)))) {
            int tagEnd = i + 1;
            while (tagEnd < sql.length() && isIdentifierPart(sql.charAt(tagEnd))) {
                tagEnd++;
            }
            boolean validTag = tagEnd < sql.length() && sql.charAt(tagEnd) == '$'
                    && (tagEnd == i + 1 || !Character.isDigit(sql.charAt(i + 1)));
            if (validTag) {
                String tag = sql.substring(i, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                return close < 0 ? sql.length() : close + tag.length();
            }
        }
        return i;
    }

    private static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
