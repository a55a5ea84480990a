package io.alchemy.dialect.h2;

import static io.alchemy.dialect.ReflectionQuery.list;

import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.schema.ReflectedIndex;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads table metadata from a live H2 database. H2 stores unquoted names in upper case: names that are upper case
 * and would not need quotes in lower case are reported in lower case (and looked up the other way round), as
 * SQLAlchemy does for such databases. Indexes come from INFORMATION_SCHEMA, skipping those H2 made for constraints.
 */
public class H2Reflector extends SchemaReflector {
    /** H2's longest VARCHAR, which it reports for a VARCHAR declared without a length. */
    private static final int MAX_VARCHAR = 1_000_000_000;
    private final IdentifierPreparer preparer = new H2IdentifierPreparer();

    @Override
    protected String normalizeName(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals(name.toUpperCase(Locale.ROOT)) && !preparer.requiresQuotes(lower) ? lower : name;
    }

    @Override
    protected String denormalizeName(String name) {
        if (name == null) {
            return null;
        }
        return name.equals(name.toLowerCase(Locale.ROOT)) && !preparer.requiresQuotes(name) ? name.toUpperCase(Locale.ROOT) : name;
    }

    @Override
    protected String spell(String typeName, Integer size, int digits) {
        if (size != null && size >= MAX_VARCHAR && typeName.toUpperCase(Locale.ROOT).contains("CHAR")) {
            return typeName;
        }
        return super.spell(typeName, size, digits);
    }

    @Override
    public List<ReflectedIndex> indexes(Connection connection, String schema, String table) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        list(connection, "SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                + " AND c.TABLE_NAME = i.TABLE_NAME WHERE i.TABLE_SCHEMA = ? AND i.TABLE_NAME = ? AND i.IS_GENERATED = FALSE"
                + " AND i.INDEX_TYPE_NAME IN ('INDEX', 'UNIQUE INDEX') ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION", row -> {
                    String name = normalizeName(row.getString(1));
                    unique.put(name, "UNIQUE INDEX".equals(row.getString(2)));
                    return columns.computeIfAbsent(name, k -> new ArrayList<>()).add(normalizeName(row.getString(3)));
                }, homeSchema(connection, schema), denormalizeName(table));
        return columns.entrySet().stream().map(e -> new ReflectedIndex(e.getKey(), e.getValue(), unique.get(e.getKey()))).toList();
    }
}
