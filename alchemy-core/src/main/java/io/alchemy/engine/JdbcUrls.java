package io.alchemy.engine;

import java.util.Locale;

/** What the engine needs to know about a JDBC URL: whether it names an in-memory database, and how to show it. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    /** The kinds of in-memory database that must be kept alive for the engine's life. */
    enum Memory { NONE, SINGLE_CONNECTION, NAMED_SHARED }

    /**
     * In-memory SQLite ({@code jdbc:sqlite:}, {@code jdbc:sqlite::memory:}, {@code jdbc:sqlite:file::memory:…},
     * {@code mode=memory}) and unnamed H2 ({@code jdbc:h2:mem:}) live in one connection; a named H2 memory
     * database is shared by all connections while one stays open.
     */
    static Memory memoryKind(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            String rest = url.substring("jdbc:sqlite:".length());
            int query = rest.indexOf('?');
            String path = query >= 0 ? rest.substring(0, query) : rest;
            boolean memory = path.isEmpty() || path.equals(":memory:") || path.startsWith("file::memory:")
                    || lower.contains("mode=memory");
            return memory ? Memory.SINGLE_CONNECTION : Memory.NONE;
        }
        if (lower.startsWith("jdbc:h2:mem:")) {
            String rest = url.substring("jdbc:h2:mem:".length());
            int options = rest.indexOf(';');
            String name = options >= 0 ? rest.substring(0, options) : rest;
            return name.isEmpty() ? Memory.SINGLE_CONNECTION : Memory.NAMED_SHARED;
        }
        return Memory.NONE;
    }

    /** The URL with any password replaced by {@code ***} ({@code password=…} options and {@code user:secret@}). */
    static String redact(String url) {
        String redacted = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        return redacted.replaceAll("(//[^/:@?]+:)[^@/]*@", "$1***@");
    }
}
