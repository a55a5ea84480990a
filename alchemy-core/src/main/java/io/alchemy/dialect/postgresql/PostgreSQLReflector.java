package io.alchemy.dialect.postgresql;

import static io.alchemy.dialect.ReflectionQuery.list;

import io.alchemy.dialect.ReflectedTypes;
import io.alchemy.dialect.SchemaReflector;
import io.alchemy.schema.ReflectedColumn;
import java.sql.Connection;
import java.util.List;

/**
 * Reads table metadata from a live PostgreSQL database. Columns come from {@code pg_catalog} with
 * {@code format_type}, which spells types exactly ({@code character varying(30)}, {@code numeric(10,2)}); SERIAL and
 * IDENTITY columns are autoincrement. The default schema is the connection's current one ({@code public}).
 */
public class PostgreSQLReflector extends SchemaReflector {

    @Override
    public List<ReflectedColumn> columns(Connection connection, String schema, String table) {
        return requireTable(list(connection, "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,"
                + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(c.oid, a.attnum)"
                + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
                + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", row -> {
                    String defaultSql = row.getString(4);
                    String identity = row.getString(5);
                    boolean generated = "a".equals(identity) || "d".equals(identity)
                            || defaultSql != null && defaultSql.startsWith("nextval(");
                    return new ReflectedColumn(row.getString(1), ReflectedTypes.fromSql(row.getString(2)), row.getBoolean(3),
                            defaultSql, generated, row.getString(6));
                }, homeSchema(connection, schema), table), schema, table);
    }
}
