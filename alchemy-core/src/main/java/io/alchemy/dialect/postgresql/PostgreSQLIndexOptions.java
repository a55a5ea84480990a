package io.alchemy.dialect.postgresql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.DialectIndexOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's options of an index ({@code index.with(PostgreSQLIndexOptions.create().using("gist"))}), SQLAlchemy's
 * {@code postgresql_using}, {@code _ops}, {@code _include}, {@code _nulls_not_distinct}, {@code _with},
 * {@code _tablespace} and {@code _concurrently}: {@code CREATE INDEX [CONCURRENTLY] name ON t [USING method]
 * (col [opclass], …) [INCLUDE (…)] [NULLS [NOT] DISTINCT] [WITH (param = value, …)] [TABLESPACE ts]}. Immutable; the
 * other dialects ignore it. Names and parameters are SQL words, checked here; the tablespace is quoted as an
 * identifier.
 */
public final class PostgreSQLIndexOptions implements DialectIndexOptions {
    private static final String WORD = "[A-Za-z0-9_.]+";

    private final @Nullable String using;
    private final Map<String, String> operatorClasses;
    private final List<String> include;
    private final @Nullable Boolean nullsNotDistinct;
    private final Map<String, String> storageParameters;
    private final @Nullable String tablespace;
    private final boolean concurrently;

    private PostgreSQLIndexOptions(@Nullable String using, Map<String, String> operatorClasses, List<String> include,
            @Nullable Boolean nullsNotDistinct, Map<String, String> storageParameters, @Nullable String tablespace,
            boolean concurrently) {
        this.using = using;
        this.operatorClasses = operatorClasses;
        this.include = include;
        this.nullsNotDistinct = nullsNotDistinct;
        this.storageParameters = storageParameters;
        this.tablespace = tablespace;
        this.concurrently = concurrently;
    }

    /** No options yet. */
    public static PostgreSQLIndexOptions create() {
        return new PostgreSQLIndexOptions(null, Map.of(), List.of(), null, Map.of(), null, false);
    }

    /**
     * The access method ({@code btree}, {@code hash}, {@code gist}, {@code gin}, or an extension's): {@code USING
     * method}, written in lower case. A phrase that is not one word is refused when the DDL is compiled.
     */
    public PostgreSQLIndexOptions using(String method) {
        if (method == null || method.isBlank()) {
            throw new ArgumentError("An index access method is a name such as 'gist', got " + method);
        }
        return new PostgreSQLIndexOptions(method, operatorClasses, include, nullsNotDistinct, storageParameters,
                tablespace, concurrently);
    }

    /** The operator class of one column, by its key ({@code data text_pattern_ops}). */
    public PostgreSQLIndexOptions operatorClass(String columnKey, String operatorClass) {
        Map<String, String> all = new LinkedHashMap<>(operatorClasses);
        all.put(columnKey, word(operatorClass, "operator class"));
        return new PostgreSQLIndexOptions(using, Map.copyOf(all), include, nullsNotDistinct, storageParameters,
                tablespace, concurrently);
    }

    /** Columns stored in the index without being keys: {@code INCLUDE (a, b)}, by column key. */
    public PostgreSQLIndexOptions include(String... columnKeys) {
        List<String> all = new ArrayList<>(include);
        all.addAll(List.of(columnKeys));
        return new PostgreSQLIndexOptions(using, operatorClasses, List.copyOf(all), nullsNotDistinct,
                storageParameters, tablespace, concurrently);
    }

    /** {@code NULLS NOT DISTINCT} ({@code true}) or {@code NULLS DISTINCT} ({@code false}), PostgreSQL 15. */
    public PostgreSQLIndexOptions nullsNotDistinct(boolean notDistinct) {
        return new PostgreSQLIndexOptions(using, operatorClasses, include, notDistinct, storageParameters, tablespace,
                concurrently);
    }

    /** A storage parameter: {@code WITH (fillfactor = 50)}. */
    public PostgreSQLIndexOptions with(String parameter, Object value) {
        Map<String, String> all = new LinkedHashMap<>(storageParameters);
        all.put(word(parameter, "storage parameter"), word(String.valueOf(value), "storage parameter value"));
        return new PostgreSQLIndexOptions(using, operatorClasses, include, nullsNotDistinct,
                java.util.Collections.unmodifiableMap(all), tablespace, concurrently);
    }

    /** {@code TABLESPACE name}, quoted where it must be. */
    public PostgreSQLIndexOptions tablespace(String name) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A tablespace needs a name");
        }
        return new PostgreSQLIndexOptions(using, operatorClasses, include, nullsNotDistinct, storageParameters, name,
                concurrently);
    }

    /** {@code CREATE INDEX CONCURRENTLY} / {@code DROP INDEX CONCURRENTLY} (not inside a transaction block). */
    public PostgreSQLIndexOptions concurrently() {
        return new PostgreSQLIndexOptions(using, operatorClasses, include, nullsNotDistinct, storageParameters,
                tablespace, true);
    }

    private static String word(String text, String what) {
        if (text == null || !text.matches(WORD)) {
            throw new ArgumentError("An index " + what + " is a word of letters, digits, '_' or '.', got " + text);
        }
        return text;
    }

    /** The access method, or {@code null}. */
    public @Nullable String using() {
        return using;
    }

    /** The operator class of each column key given one. */
    public Map<String, String> operatorClasses() {
        return operatorClasses;
    }

    /** The INCLUDE column keys, in order. */
    public List<String> include() {
        return include;
    }

    /** {@code true} for NULLS NOT DISTINCT, {@code false} for NULLS DISTINCT, {@code null} for neither. */
    public @Nullable Boolean nullsNotDistinct() {
        return nullsNotDistinct;
    }

    /** The WITH storage parameters, in order. */
    public Map<String, String> storageParameters() {
        return storageParameters;
    }

    /** The tablespace, or {@code null}. */
    public @Nullable String tablespace() {
        return tablespace;
    }

    /** Whether the index is created and dropped CONCURRENTLY. */
    public boolean isConcurrently() {
        return concurrently;
    }
}
