package io.alchemy.schema;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers questions about a live database's schema (SQLAlchemy's {@code Inspector}, from {@code inspect(engine)}):
 * table names, columns with Alchemy types, keys, indexes. Over an engine ({@link SchemaEngine}) each question uses a connection of
 * its own; over a connection, that connection. A {@code null} or omitted schema means the default one.
 */
public final class Inspector {
    private final SchemaDialect dialect;
    private final Function<Function<java.sql.Connection, ?>, ?> runner;

    private Inspector(SchemaDialect dialect, Function<Function<java.sql.Connection, ?>, ?> runner) {
        this.dialect = dialect;
        this.runner = runner;
    }

    /** Inspects the database {@code engine} connects to (an {@code io.alchemy.engine.Engine}). */
    public Inspector(SchemaEngine engine) {
        this(engine.dialect(), work -> engine.withSchemaConnection(connection -> work.apply(connection.jdbcConnection())));
    }

    /** Inspects through an open Alchemy connection (seeing its uncommitted DDL). */
    public static Inspector of(SchemaConnection connection) {
        return new Inspector(connection.dialect(), work -> work.apply(connection.jdbcConnection()));
    }

    /** Inspects through a plain JDBC connection, read as {@code dialect}. */
    public static Inspector of(java.sql.Connection jdbc, SchemaDialect dialect) {
        return new Inspector(dialect, work -> work.apply(jdbc));
    }

    @SuppressWarnings("unchecked")
    private <T> T run(Function<java.sql.Connection, T> work) {
        return (T) runner.apply((Function<java.sql.Connection, ?>) work);
    }

    private SchemaReflection reflector() {
        return dialect.reflector();
    }

    /** The default schema's name ({@code public}, {@code main}, the MySQL database, …). */
    public String defaultSchemaName() {
        return run(c -> reflector().defaultSchema(c));
    }

    /** The tables of the default schema, sorted by name. */
    public List<String> tableNames() {
        return tableNames(null);
    }

    /** The tables of a schema, sorted by name. */
    public List<String> tableNames(@Nullable String schema) {
        return run(c -> reflector().tableNames(c, schema));
    }

    /** Whether the default schema has this table (or view). */
    public boolean hasTable(String table) {
        return hasTable(null, table);
    }

    public boolean hasTable(@Nullable String schema, String table) {
        return run(c -> reflector().hasTable(c, schema, table));
    }

    /** The columns; {@link io.alchemy.exc.NoSuchTableError} when the table does not exist. */
    public List<ReflectedColumn> columns(String table) {
        return columns(null, table);
    }

    public List<ReflectedColumn> columns(@Nullable String schema, String table) {
        return run(c -> reflector().columns(c, schema, table));
    }

    /** The primary key (with no columns when the table has none). */
    public ReflectedPrimaryKey primaryKey(String table) {
        return primaryKey(null, table);
    }

    public ReflectedPrimaryKey primaryKey(@Nullable String schema, String table) {
        return run(c -> reflector().primaryKey(c, schema, table));
    }

    /** The foreign keys. */
    public List<ReflectedForeignKey> foreignKeys(String table) {
        return foreignKeys(null, table);
    }

    public List<ReflectedForeignKey> foreignKeys(@Nullable String schema, String table) {
        return run(c -> reflector().foreignKeys(c, schema, table));
    }

    /** The indexes (not those the database made for the primary key or constraints). */
    public List<ReflectedIndex> indexes(String table) {
        return indexes(null, table);
    }

    public List<ReflectedIndex> indexes(@Nullable String schema, String table) {
        return run(c -> reflector().indexes(c, schema, table));
    }

    /** The UNIQUE constraints. */
    public List<ReflectedUniqueConstraint> uniqueConstraints(String table) {
        return uniqueConstraints(null, table);
    }

    public List<ReflectedUniqueConstraint> uniqueConstraints(@Nullable String schema, String table) {
        return run(c -> reflector().uniqueConstraints(c, schema, table));
    }

    /** The table comment, or {@code null}. */
    public @Nullable String tableComment(String table) {
        return tableComment(null, table);
    }

    public String tableComment(@Nullable String schema, String table) {
        return run(c -> reflector().tableComment(c, schema, table));
    }

    /** Whether a sequence exists (always false where the database has no sequences). */
    public boolean hasSequence(@Nullable String schema, String sequence) {
        return dialect.supportsSequences() && run(c -> reflector().hasSequence(c, schema, sequence));
    }
}
