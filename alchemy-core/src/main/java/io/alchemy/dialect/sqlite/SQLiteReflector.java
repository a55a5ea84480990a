package io.alchemy.dialect.sqlite;

import static io.alchemy.dialect.ReflectionQuery.list;

import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.exc.NoSuchTableError;
import io.alchemy.schema.ReflectedColumn;
import io.alchemy.schema.ReflectedForeignKey;
import io.alchemy.schema.ReflectedIndex;
import io.alchemy.schema.ReflectedPrimaryKey;
import io.alchemy.schema.ReflectedUniqueConstraint;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads table metadata from a live SQLite database through its PRAGMAs ({@code table_info},
 * {@code foreign_key_list}, {@code index_list}, {@code index_info}) and {@code sqlite_master}, as SQLAlchemy does.
 * The default schema is {@code main}. Declared types map through SQLite's affinity rules ({@link SQLiteTypes}).
 */
public class SQLiteReflector extends SchemaReflector {
    private final IdentifierPreparer preparer = new SQLiteIdentifierPreparer();

    private String pragma(String schema, String name, String argument) {
        return "PRAGMA " + preparer.quote(schema == null ? "main" : schema) + "." + name + "(" + preparer.quoteIdentifier(argument) + ")";
    }

    @Override
    public String defaultSchema(Connection connection) {
        return "main";
    }

    @Override
    public List<String> tableNames(Connection connection, String schema) {
        return list(connection, "SELECT name FROM " + master(schema) + " WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
                + " ORDER BY name", row -> row.getString(1));
    }

    private String master(String schema) {
        return schema == null ? "sqlite_master" : preparer.quote(schema) + ".sqlite_master";
    }

    @Override
    public boolean hasTable(Connection connection, String schema, String table) {
        return !list(connection, pragma(schema, "table_info", table), row -> row.getString("name")).isEmpty();
    }

    @Override
    public List<ReflectedColumn> columns(Connection connection, String schema, String table) {
        List<Object[]> rows = list(connection, pragma(schema, "table_info", table), row -> new Object[] {row.getString("name"),
                row.getString("type"), row.getInt("notnull") != 0, row.getString("dflt_value"), row.getInt("pk")});
        if (rows.isEmpty()) {
            throw new NoSuchTableError("Table '" + table + "' does not exist");
        }
        long keyColumns = rows.stream().filter(r -> (Integer) r[4] > 0).count();
        List<ReflectedColumn> columns = new ArrayList<>();
        for (Object[] r : rows) {
            String declared = (String) r[1];
            boolean rowid = keyColumns == 1 && (Integer) r[4] == 1 && "INTEGER".equalsIgnoreCase(declared.trim());
            columns.add(new ReflectedColumn((String) r[0], SQLiteTypes.fromDeclared(declared), !(Boolean) r[2] && !rowid,
                    (String) r[3], rowid, null));
        }
        return columns;
    }

    @Override
    public ReflectedPrimaryKey primaryKey(Connection connection, String schema, String table) {
        List<Object[]> rows = list(connection, pragma(schema, "table_info", table),
                row -> new Object[] {row.getInt("pk"), row.getString("name")});
        rows.removeIf(r -> (Integer) r[0] == 0);
        rows.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        return new ReflectedPrimaryKey(null, rows.stream().map(r -> (String) r[1]).toList());
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection connection, String schema, String table) {
        Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
        list(connection, pragma(schema, "foreign_key_list", table), row -> byId.computeIfAbsent(row.getInt("id"),
                k -> new ArrayList<>()).add(new String[] {row.getString("table"), row.getString("from"), row.getString("to"),
                        action(row.getString("on_delete")), action(row.getString("on_update"))}));
        List<ReflectedForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            String referred = parts.get(0)[0];
            List<String> referredColumns = parts.stream().map(p -> p[2]).toList();
            if (referredColumns.contains(null)) {
                referredColumns = primaryKey(connection, schema, referred).columns();
            }
            keys.add(new ReflectedForeignKey(null, parts.stream().map(p -> p[1]).toList(), null, referred, referredColumns,
                    parts.get(0)[3], parts.get(0)[4]));
        }
        return keys;
    }

    private static String action(String action) {
        return action == null || action.equalsIgnoreCase("NO ACTION") ? null : action;
    }

    @Override
    public List<ReflectedIndex> indexes(Connection connection, String schema, String table) {
        List<ReflectedIndex> indexes = new ArrayList<>();
        for (String[] index : indexList(connection, schema, table)) {
            if ("c".equals(index[1])) {
                indexes.add(new ReflectedIndex(index[0], indexColumns(connection, schema, index[0]), "1".equals(index[2])));
            }
        }
        return indexes;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String schema, String table) {
        List<ReflectedUniqueConstraint> constraints = new ArrayList<>();
        for (String[] index : indexList(connection, schema, table)) {
            if ("u".equals(index[1])) {
                constraints.add(new ReflectedUniqueConstraint(null, indexColumns(connection, schema, index[0])));
            }
        }
        return constraints;
    }

    /** {name, origin, unique} per index, in creation order. */
    private List<String[]> indexList(Connection connection, String schema, String table) {
        List<String[]> list = list(connection, pragma(schema, "index_list", table), row -> new String[] {row.getString("name"),
                row.getString("origin"), row.getString("unique"), row.getString("seq")});
        list.sort((a, b) -> Integer.compare(Integer.parseInt(b[3]), Integer.parseInt(a[3])));
        return list;
    }

    private List<String> indexColumns(Connection connection, String schema, String index) {
        return list(connection, pragma(schema, "index_info", index), row -> row.getString("name"));
    }

    @Override
    public String tableComment(Connection connection, String schema, String table) {
        return null;
    }

    @Override
    public boolean hasSequence(Connection connection, String schema, String sequence) {
        return false;
    }
}
