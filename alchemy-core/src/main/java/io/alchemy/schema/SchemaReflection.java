package io.alchemy.schema;

import java.sql.Connection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a live database's schema through JDBC, for {@link Inspector} and table reflection. Each dialect's
 * {@code io.alchemy.dialect.SchemaReflector} is one. A {@code null} schema means the default one.
 */
public interface SchemaReflection {

    /** The default schema's name ({@code public}, {@code main}, the MySQL database, …). */
    String defaultSchema(Connection connection);

    /** The tables of {@code schema}, sorted by name. */
    List<String> tableNames(Connection connection, @Nullable String schema);

    /** Whether the table exists. */
    boolean hasTable(Connection connection, @Nullable String schema, String table);

    /** The table's columns in table order. */
    List<ReflectedColumn> columns(Connection connection, @Nullable String schema, String table);

    /** The table's primary key. */
    ReflectedPrimaryKey primaryKey(Connection connection, @Nullable String schema, String table);

    /** The table's foreign keys. */
    List<ReflectedForeignKey> foreignKeys(Connection connection, @Nullable String schema, String table);

    /** The table's indexes. */
    List<ReflectedIndex> indexes(Connection connection, @Nullable String schema, String table);

    /** The table's unique constraints. */
    List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, @Nullable String schema, String table);

    /** The table's comment, or {@code null}. */
    @Nullable String tableComment(Connection connection, @Nullable String schema, String table);

    /** Whether the sequence exists. */
    boolean hasSequence(Connection connection, @Nullable String schema, String sequence);
}
