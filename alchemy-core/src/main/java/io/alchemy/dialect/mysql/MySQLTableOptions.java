package io.alchemy.dialect.mysql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.DialectTableOptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MySQL's and MariaDB's options of a table, given among its elements
 * ({@code MySQLTableOptions.create().engine("InnoDB").charset("utf8mb4")}), SQLAlchemy's {@code mysql_*} table
 * keywords: written after CREATE TABLE's closing parenthesis in the order given ({@code ENGINE=InnoDB CHARSET=utf8}),
 * a character set before its collation, partitioning last ({@code PARTITION BY HASH(id) PARTITIONS 2}). Immutable;
 * the other dialects ignore it. Option names are words; values are SQL text, never user input.
 */
public final class MySQLTableOptions implements DialectTableOptions {
    private final Map<String, String> options;

    private MySQLTableOptions(Map<String, String> options) {
        this.options = options;
    }

    /** No options yet. */
    public static MySQLTableOptions create() {
        return new MySQLTableOptions(Map.of());
    }

    /**
     * Any table option by its name ({@code "ROW_FORMAT"}, {@code "KEY_BLOCK_SIZE"}, {@code "STATS_SAMPLE_PAGES"}),
     * SQLAlchemy's {@code mysql_<name>}: written {@code NAME=value}.
     */
    public MySQLTableOptions option(String name, Object value) {
        if (name == null || !name.matches("[A-Za-z_]+")) {
            throw new ArgumentError("A MySQL table option is a word such as ENGINE, got " + name);
        }
        if (value == null || String.valueOf(value).isBlank()) {
            throw new ArgumentError("MySQL table option " + name + " needs a value");
        }
        Map<String, String> all = new LinkedHashMap<>(options);
        String key = name.toUpperCase(Locale.ROOT);
        all.remove(key);
        all.put(key, String.valueOf(value));
        return new MySQLTableOptions(java.util.Collections.unmodifiableMap(all));
    }

    /** {@code ENGINE=name}. */
    public MySQLTableOptions engine(String name) {
        return option("ENGINE", name);
    }

    /** {@code CHARSET=name}. */
    public MySQLTableOptions charset(String name) {
        return option("CHARSET", name);
    }

    /** {@code COLLATE name}. */
    public MySQLTableOptions collate(String name) {
        return option("COLLATE", name);
    }

    /** {@code PARTITION BY expression} ({@code "HASH(id)"}, {@code "KEY(other_id)"}). */
    public MySQLTableOptions partitionBy(String expression) {
        return option("PARTITION_BY", expression);
    }

    /** {@code PARTITIONS n}. */
    public MySQLTableOptions partitions(int count) {
        return option("PARTITIONS", count);
    }

    /** {@code SUBPARTITION BY expression}. */
    public MySQLTableOptions subpartitionBy(String expression) {
        return option("SUBPARTITION_BY", expression);
    }

    /** {@code SUBPARTITIONS n}. */
    public MySQLTableOptions subpartitions(int count) {
        return option("SUBPARTITIONS", count);
    }

    /** The options by upper-case name, in the order given. */
    public Map<String, String> options() {
        return options;
    }
}
