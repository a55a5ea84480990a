package io.alchemy.dialect;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.TableClause;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Quotes identifiers where they need it, like SQLAlchemy's {@code IdentifierPreparer}: a name is quoted when it is a
 * reserved word of the dialect, holds an upper-case letter or any character other than letters, digits, {@code _}
 * and {@code $}, or starts with a digit or {@code $}. Everything else stays bare, so DDL and SQL read naturally.
 * Dialects supply their quote character and reserved words.
 */
public class IdentifierPreparer {
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9_$]+");

    /** SQLAlchemy's generic reserved words (mostly ANSI/PostgreSQL), which every dialect also quotes. */
    protected static final Set<String> ANSI_RESERVED = words("""
            all analyse analyze and any array as asc asymmetric authorization between binary both case cast check
            collate column constraint create cross current_date current_role current_time current_timestamp
            current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full
            grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit
            localtime localtimestamp natural new not notnull null off offset old on only or order outer overlaps
            placing primary references returning right select session_user set similar some symmetric table then to
            trailing true union unique user using variadic verbose when where window with""");

    private final String openQuote;
    private final String closeQuote;
    private final Set<String> reservedWords;

    /** ANSI double quotes and the generic reserved words. */
    public IdentifierPreparer() {
        this('"', '"', Set.of());
    }

    /** A dialect's quote characters and its reserved words (added to the generic ones), lower case. */
    protected IdentifierPreparer(char openQuote, char closeQuote, Set<String> dialectReservedWords) {
        this(openQuote, closeQuote, dialectReservedWords, true);
    }

    /**
     * A dialect's quote characters and its reserved words, lower case, added to the generic ones or
     * ({@code withGeneric} false) replacing them, for a dialect whose list is complete by itself (MySQL's, where
     * {@code user} or {@code end} are plain names).
     */
    protected IdentifierPreparer(char openQuote, char closeQuote, Set<String> dialectReservedWords,
            boolean withGeneric) {
        this.openQuote = String.valueOf(openQuote);
        this.closeQuote = String.valueOf(closeQuote);
        this.reservedWords = java.util.stream.Stream.concat(withGeneric ? ANSI_RESERVED.stream()
                        : java.util.stream.Stream.<String>empty(), dialectReservedWords.stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Splits a whitespace-separated list of words into a set. */
    protected static Set<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code word} (any case) is reserved in this dialect. */
    public boolean isReserved(String word) {
        return reservedWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code identifier} must be quoted to mean itself. */
    public boolean requiresQuotes(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        char first = identifier.charAt(0);
        return reservedWords.contains(lower) || Character.isDigit(first) || first == '$'
                || !LEGAL.matcher(identifier).matches() || !lower.equals(identifier);
    }

    /** The identifier, quoted only when it needs it: {@code user_account}, {@code "order"}, {@code "Name"}. */
    public String quote(String identifier) {
        return requiresQuotes(identifier) ? quoteIdentifier(identifier) : identifier;
    }

    /** The identifier always quoted, with embedded quote characters doubled. */
    public String quoteIdentifier(String identifier) {
        return openQuote + identifier.replace(closeQuote, closeQuote + closeQuote) + closeQuote;
    }

    /** A schema name, quoted where needed. */
    public String quoteSchema(String schema) {
        return quote(schema);
    }

    /** A table name qualified by its schema when it has one: {@code user_account}, {@code other."order"}. */
    public String formatTable(@Nullable String schema, String name) {
        return schema == null ? quote(name) : quoteSchema(schema) + "." + quote(name);
    }

    /** {@link #formatTable(String, String)} for a table. */
    public String formatTable(TableClause table) {
        return formatTable(table.schema(), table.name());
    }

    /** A column's name, quoted where needed (unqualified, as DDL wants it). */
    public String formatColumn(ColumnClause<?> column) {
        return quote(column.name());
    }

    /**
     * A string literal for the places SQL cannot take a bind parameter (comments in DDL, enum CHECKs): single
     * quotes doubled.
     */
    public String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
