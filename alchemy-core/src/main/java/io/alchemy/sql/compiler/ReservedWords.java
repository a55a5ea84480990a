package io.alchemy.sql.compiler;

import java.util.Locale;
import java.util.Set;

/** SQL words that must be quoted when used as identifiers (the union of the four databases' common reserved words). */
final class ReservedWords {
    private static final Set<String> WORDS = Set.of(
            "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "binary", "both", "by", "case", "cast", "check", "collate", "column", "constraint", "create",
            "cross", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists",
            "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in",
            "index", "initially", "inner", "insert", "intersect", "interval", "into", "is", "isnull", "join", "key",
            "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull",
            "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "qualify",
            "references", "returning", "right", "row", "rows", "select", "session_user", "set", "similar", "some",
            "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "update", "user", "using",
            "values", "verbose", "when", "where", "window", "with");

    private ReservedWords() {
    }

    static boolean isReserved(String identifier) {
        return WORDS.contains(identifier.toLowerCase(Locale.ROOT));
    }
}
