package io.alchemy.dialect.mysql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.DialectIndexOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's options of an index ({@code index.with(MySQLIndexOptions.create().length(10))}), SQLAlchemy's
 * {@code mysql_length} / {@code mariadb_length}, {@code _prefix}, {@code _using} and {@code _with_parser}:
 * {@code CREATE [FULLTEXT | SPATIAL] INDEX name ON t (col(length), …) [WITH PARSER p] [USING method]}. Immutable; the
 * other dialects ignore it. Every option is a SQL word, checked here.
 */
public final class MySQLIndexOptions implements DialectIndexOptions {
    private static final String WORD = "[A-Za-z0-9_]+";

    private final @Nullable Integer length;
    private final Map<String, Integer> lengths;
    private final @Nullable String prefix;
    private final @Nullable String using;
    private final @Nullable String parser;

    private MySQLIndexOptions(@Nullable Integer length, Map<String, Integer> lengths, @Nullable String prefix,
            @Nullable String using, @Nullable String parser) {
        this.length = length;
        this.lengths = lengths;
        this.prefix = prefix;
        this.using = using;
        this.parser = parser;
    }

    /** No options yet. */
    public static MySQLIndexOptions create() {
        return new MySQLIndexOptions(null, Map.of(), null, null, null);
    }

    /** The key prefix length of every column: {@code (a(30), b(30))}. */
    public MySQLIndexOptions length(int characters) {
        return new MySQLIndexOptions(positive(characters), lengths, prefix, using, parser);
    }

    /** The key prefix length of one column, by its name: {@code (a(15), b)}. */
    public MySQLIndexOptions length(String columnName, int characters) {
        Map<String, Integer> all = new LinkedHashMap<>(lengths);
        all.put(columnName, positive(characters));
        return new MySQLIndexOptions(length, Map.copyOf(all), prefix, using, parser);
    }

    /** The index kind before {@code INDEX}: {@code FULLTEXT} or {@code SPATIAL}. */
    public MySQLIndexOptions prefix(String kind) {
        return new MySQLIndexOptions(length, lengths, word(kind, "prefix"), using, parser);
    }

    /** The index type: {@code USING btree} or {@code USING hash}. */
    public MySQLIndexOptions using(String method) {
        return new MySQLIndexOptions(length, lengths, prefix, word(method, "type"), parser);
    }

    /** A full-text parser plugin: {@code WITH PARSER ngram}. */
    public MySQLIndexOptions withParser(String name) {
        return new MySQLIndexOptions(length, lengths, prefix, using, word(name, "parser"));
    }

    private static int positive(int characters) {
        if (characters <= 0) {
            throw new ArgumentError("An index key prefix length is positive, got " + characters);
        }
        return characters;
    }

    private static String word(String text, String what) {
        if (text == null || !text.matches(WORD)) {
            throw new ArgumentError("An index " + what + " is one word, got " + text);
        }
        return text;
    }

    /** The prefix length of the column of this name, or {@code null} for the whole value. */
    public @Nullable Integer lengthOf(String columnName) {
        Integer own = lengths.get(columnName);
        return own != null ? own : length;
    }

    /** The index kind before INDEX ({@code FULLTEXT}, {@code SPATIAL}), or {@code null}. */
    public @Nullable String prefix() {
        return prefix;
    }

    /** The index type ({@code btree}, {@code hash}), or {@code null}. */
    public @Nullable String using() {
        return using;
    }

    /** The full-text parser, or {@code null}. */
    public @Nullable String parser() {
        return parser;
    }
}
