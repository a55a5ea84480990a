package io.alchemy.dialect.mysql;

import static io.alchemy.dialect.ReflectionQuery.call;
import static io.alchemy.dialect.ReflectionQuery.list;

import io.alchemy.dialect.ReflectedTypes;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.schema.ReflectedColumn;
import io.alchemy.schema.ReflectedForeignKey;
import io.alchemy.schema.ReflectedIndex;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Reads table metadata from a live MySQL / MariaDB database. The "schema" is the database (JDBC catalog); column
 * types come from {@code information_schema.columns.column_type} ({@code tinyint(1)} is BOOLEAN; MariaDB's JSON,
 * a LONGTEXT guarded by {@code json_valid}, is JSON).
 */
public class MySQLReflector extends SchemaReflector {

    @Override
    protected String catalog(Connection connection, String schema) throws SQLException {
        return schema != null ? schema : connection.getCatalog();
    }

    @Override
    protected String schemaPattern(Connection connection, String schema) {
        return null;
    }

    @Override
    protected String homeSchema(Connection connection, String schema) {
        return schema != null ? schema : call("getCatalog", connection::getCatalog);
    }

    @Override
    public String defaultSchema(Connection connection) {
        return call("getCatalog", connection::getCatalog);
    }

    @Override
    protected String referredSchema(ResultSet row) throws SQLException {
        return row.getString("PKTABLE_CAT");
    }

    @Override
    protected String primaryKeyName(String name) {
        return "PRIMARY".equals(name) ? null : name;
    }

    @Override
    public List<ReflectedColumn> columns(Connection connection, String schema, String table) {
        String database = homeSchema(connection, schema);
        Set<String> jsonColumns = Set.copyOf(list(connection, "SELECT constraint_name FROM information_schema.check_constraints"
                + " WHERE constraint_schema = ? AND table_name = ? AND check_clause LIKE 'json_valid(%'", row -> row.getString(1),
                database, table));
        return requireTable(list(connection, "SELECT column_name, column_type, is_nullable, column_default, extra, column_comment"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                row -> new ReflectedColumn(row.getString(1), type(row.getString(2), jsonColumns.contains(row.getString(1))),
                        "YES".equals(row.getString(3)), defaultSql(row.getString(4)),
                        row.getString(5) != null && row.getString(5).contains("auto_increment"), emptyToNull(row.getString(6))),
                database, table), schema, table);
    }

    private static SqlType<?> type(String columnType, boolean json) {
        if (json) {
            return Types.JSON;
        }
        return columnType.equalsIgnoreCase("tinyint(1)") ? Types.BOOLEAN : ReflectedTypes.fromSql(columnType);
    }

    /** MariaDB reports "no default" on a nullable column as the text NULL. */
    private static String defaultSql(String value) {
        return value == null || value.equalsIgnoreCase("NULL") ? null : value;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * The indexes, without those MySQL made itself for foreign keys: named after the constraint, or after the first
     * column, over exactly the key's columns.
     */
    @Override
    public List<ReflectedIndex> indexes(Connection connection, String schema, String table) {
        List<ReflectedForeignKey> keys = foreignKeys(connection, schema, table);
        return super.indexes(connection, schema, table).stream().filter(index -> keys.stream().noneMatch(fk -> !index.unique()
                && index.columns().equals(fk.columns()) && (index.name().equals(fk.name()) || index.name().equals(fk.columns().get(0)))))
                .toList();
    }

    @Override
    public boolean hasSequence(Connection connection, String schema, String sequence) {
        return !list(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name = ?"
                + " AND table_type = 'SEQUENCE'", row -> row.getString(1), homeSchema(connection, schema), sequence).isEmpty();
    }
}
