package io.alchemy.dialect;

import static io.alchemy.dialect.ReflectionQuery.call;
import static io.alchemy.dialect.ReflectionQuery.list;

import io.alchemy.exc.NoSuchTableError;
import io.alchemy.schema.ReflectedColumn;
import io.alchemy.schema.ReflectedForeignKey;
import io.alchemy.schema.ReflectedIndex;
import io.alchemy.schema.ReflectedPrimaryKey;
import io.alchemy.schema.ReflectedUniqueConstraint;
import io.alchemy.schema.SchemaReflection;
import io.alchemy.types.SqlType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads tables, columns, keys and indexes from a live database over plain JDBC. The base works from
 * {@link DatabaseMetaData} and the standard {@code information_schema}; dialects override what their driver
 * reports poorly. A {@code null} schema means the connection's current schema (PostgreSQL/H2) or database (MySQL).
 * Names come back as the user wrote them unquoted: H2's upper-case names are folded to lower case.
 */
public class SchemaReflector implements SchemaReflection {
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    /** The current schema's name. */
    public String defaultSchema(Connection connection) {
        return normalizeName(call("getSchema", connection::getSchema));
    }

    /** The names of the tables in a schema, sorted. */
    public List<String> tableNames(Connection connection, @Nullable String schema) {
        return tables(connection, schema, "%").stream().filter(t -> TABLE_TYPES.contains(t[1])).map(t -> normalizeName(t[0]))
                .sorted().toList();
    }

    /** Whether a table or view of that name exists. */
    public boolean hasTable(Connection connection, @Nullable String schema, String table) {
        String wanted = denormalizeName(table);
        return tables(connection, schema, wanted).stream()
                .anyMatch(t -> t[0].equals(wanted) && (TABLE_TYPES.contains(t[1]) || "VIEW".equals(t[1])));
    }

    private List<String[]> tables(Connection connection, @Nullable String schema, String pattern) {
        return list("getTables", () -> connection.getMetaData().getTables(catalog(connection, schema),
                schemaPattern(connection, schema), pattern, null),
                row -> new String[] {row.getString("TABLE_NAME"), row.getString("TABLE_TYPE").toUpperCase(Locale.ROOT)});
    }

    /** The table's columns in order; {@link NoSuchTableError} when there is no such table. */
    public List<ReflectedColumn> columns(Connection connection, @Nullable String schema, String table) {
        String wanted = denormalizeName(table);
        List<ReflectedColumn> columns = list("getColumns", () -> connection.getMetaData().getColumns(
                catalog(connection, schema), schemaPattern(connection, schema), wanted, "%"), row -> wanted.equals(row.getString("TABLE_NAME"))
                ? new ReflectedColumn(normalizeName(row.getString("COLUMN_NAME")), columnType(row),
                        row.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, row.getString("COLUMN_DEF"),
                        "YES".equalsIgnoreCase(row.getString("IS_AUTOINCREMENT")), row.getString("REMARKS"))
                : null);
        columns.removeIf(java.util.Objects::isNull);
        return requireTable(columns, schema, table);
    }

    /** Raises {@link NoSuchTableError} for an empty column list. */
    protected static <T> List<T> requireTable(List<T> columns, @Nullable String schema, String table) {
        if (columns.isEmpty()) {
            throw new NoSuchTableError("Table '" + (schema == null ? "" : schema + ".") + table + "' does not exist");
        }
        return columns;
    }

    /** The type of a {@code getColumns} row: TYPE_NAME with COLUMN_SIZE / DECIMAL_DIGITS where they matter. */
    protected SqlType<?> columnType(ResultSet row) throws SQLException {
        String typeName = row.getString("TYPE_NAME");
        int size = row.getInt("COLUMN_SIZE");
        boolean hasSize = !row.wasNull();
        int digits = row.getInt("DECIMAL_DIGITS");
        return ReflectedTypes.fromSql(spell(typeName, hasSize ? size : null, digits));
    }

    /** A type name with its length or precision/scale, as DDL would write it. */
    protected String spell(String typeName, Integer size, int digits) {
        String lower = typeName.toLowerCase(Locale.ROOT);
        if (size == null || size <= 0) {
            return typeName;
        }
        if (lower.contains("char") && !lower.contains("large")) {
            return typeName + "(" + size + ")";
        }
        if (lower.equals("numeric") || lower.equals("decimal")) {
            return typeName + "(" + size + ", " + digits + ")";
        }
        return typeName;
    }

    /** The primary key; empty columns when the table has none. */
    public ReflectedPrimaryKey primaryKey(Connection connection, @Nullable String schema, String table) {
        String wanted = denormalizeName(table);
        List<Object[]> rows = list("getPrimaryKeys", () -> connection.getMetaData().getPrimaryKeys(catalog(connection, schema),
                schemaPattern(connection, schema), wanted),
                row -> new Object[] {row.getShort("KEY_SEQ"), normalizeName(row.getString("COLUMN_NAME")), row.getString("PK_NAME")});
        rows.sort((a, b) -> Short.compare((Short) a[0], (Short) b[0]));
        String name = rows.isEmpty() || rows.get(0)[2] == null ? null : primaryKeyName((String) rows.get(0)[2]);
        return new ReflectedPrimaryKey(name, rows.stream().map(r -> (String) r[1]).toList());
    }

    /** The name to report for a primary key the database calls {@code name} (MySQL's is always PRIMARY). */
    protected String primaryKeyName(String name) {
        return normalizeName(name);
    }

    /** The foreign keys, in the order the driver reports them. */
    public List<ReflectedForeignKey> foreignKeys(Connection connection, @Nullable String schema, String table) {
        String wanted = denormalizeName(table);
        String home = homeSchema(connection, schema);
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        list("getImportedKeys", () -> connection.getMetaData().getImportedKeys(catalog(connection, schema),
                schemaPattern(connection, schema), wanted), row -> {
                    String key = row.getString("FK_NAME");
                    short seq = row.getShort("KEY_SEQ");
                    String group = key != null ? key : row.getString("PKTABLE_NAME") + "#" + (seq == 1 ? byName.size() : byName.size() - 1);
                    byName.computeIfAbsent(group, k -> new ArrayList<>()).add(new String[] {key,
                            row.getString("FKCOLUMN_NAME"), referredSchema(row), row.getString("PKTABLE_NAME"),
                            row.getString("PKCOLUMN_NAME"), rule(row.getShort("DELETE_RULE")), rule(row.getShort("UPDATE_RULE"))});
                    return null;
                });
        List<ReflectedForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byName.values()) {
            String[] first = parts.get(0);
            String referredSchema = first[2] == null || first[2].equals(home) ? null : normalizeName(first[2]);
            keys.add(new ReflectedForeignKey(first[0] == null ? null : normalizeName(first[0]),
                    parts.stream().map(p -> normalizeName(p[1])).toList(), referredSchema, normalizeName(first[3]),
                    parts.stream().map(p -> normalizeName(p[4])).toList(), first[5], first[6]));
        }
        return keys;
    }

    /** The referenced table's schema in a {@code getImportedKeys} row (MySQL: its catalog). */
    protected String referredSchema(ResultSet row) throws SQLException {
        return row.getString("PKTABLE_SCHEM");
    }

    /** The schema (MySQL: database) the reflected table lives in, as the database spells it. */
    protected String homeSchema(Connection connection, @Nullable String schema) {
        return schema != null ? denormalizeName(schema) : call("getSchema", connection::getSchema);
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> null;
        };
    }

    /** The indexes, without those backing the primary key, a unique constraint or (MySQL) a foreign key. */
    public List<ReflectedIndex> indexes(Connection connection, @Nullable String schema, String table) {
        String wanted = denormalizeName(table);
        Set<String> constraintNames = Set.copyOf(constraintNames(connection, schema, table));
        Map<String, List<Object[]>> byName = new LinkedHashMap<>();
        list("getIndexInfo", () -> connection.getMetaData().getIndexInfo(catalog(connection, schema),
                schemaPattern(connection, schema), wanted, false, true), row -> {
                    String name = row.getString("INDEX_NAME");
                    if (name != null && row.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
                        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Object[] {row.getShort("ORDINAL_POSITION"),
                                row.getString("COLUMN_NAME"), !row.getBoolean("NON_UNIQUE")});
                    }
                    return null;
                });
        List<ReflectedIndex> indexes = new ArrayList<>();
        byName.forEach((name, parts) -> {
            parts.sort((a, b) -> Short.compare((Short) a[0], (Short) b[0]));
            if (!constraintNames.contains(name) && parts.stream().allMatch(p -> p[1] != null)) {
                indexes.add(new ReflectedIndex(normalizeName(name), parts.stream().map(p -> normalizeName((String) p[1])).toList(),
                        (Boolean) parts.get(0)[2]));
            }
        });
        return indexes;
    }

    /** The names (as the database spells them) of the table's constraints, from information_schema. */
    protected List<String> constraintNames(Connection connection, @Nullable String schema, String table) {
        return list(connection, "SELECT constraint_name FROM information_schema.table_constraints"
                + " WHERE table_schema = ? AND table_name = ?", row -> row.getString(1),
                homeSchema(connection, schema), denormalizeName(table));
    }

    /** The UNIQUE constraints, from information_schema. */
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, @Nullable String schema, String table) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        list(connection, "SELECT tc.constraint_name, kcu.column_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
                + " AND kcu.constraint_schema = tc.constraint_schema AND kcu.table_name = tc.table_name"
                + " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ? AND tc.table_name = ?"
                + " ORDER BY tc.constraint_name, kcu.ordinal_position", row -> byName.computeIfAbsent(
                        normalizeName(row.getString(1)), k -> new ArrayList<>()).add(normalizeName(row.getString(2))),
                homeSchema(connection, schema), denormalizeName(table));
        return byName.entrySet().stream().map(e -> new ReflectedUniqueConstraint(e.getKey(), e.getValue())).toList();
    }

    /** The table's comment, or {@code null}. */
    public @Nullable String tableComment(Connection connection, @Nullable String schema, String table) {
        String wanted = denormalizeName(table);
        return list("getTables", () -> connection.getMetaData().getTables(catalog(connection, schema),
                schemaPattern(connection, schema), wanted, null), row -> wanted.equals(row.getString("TABLE_NAME"))
                ? row.getString("REMARKS") : null).stream().filter(r -> r != null && !r.isEmpty()).findFirst().orElse(null);
    }

    /** Whether a sequence exists, from information_schema. */
    public boolean hasSequence(Connection connection, @Nullable String schema, String sequence) {
        return !list(connection, "SELECT sequence_name FROM information_schema.sequences"
                + " WHERE sequence_schema = ? AND sequence_name = ?", row -> row.getString(1),
                homeSchema(connection, schema), denormalizeName(sequence)).isEmpty();
    }

    /** The catalog argument of DatabaseMetaData calls ({@code null} but on MySQL, where it is the database). */
    protected String catalog(Connection connection, @Nullable String schema) throws SQLException {
        return null;
    }

    /** The schema argument of DatabaseMetaData calls: the given schema, else the current one. */
    protected String schemaPattern(Connection connection, @Nullable String schema) throws SQLException {
        return schema != null ? denormalizeName(schema) : connection.getSchema();
    }

    /** A name as the database reports it, turned into the name a user writes (H2: upper case to lower case). */
    protected String normalizeName(String name) {
        return name;
    }

    /** The inverse of {@link #normalizeName}: the name as the database stores it. */
    protected String denormalizeName(String name) {
        return name;
    }
}
