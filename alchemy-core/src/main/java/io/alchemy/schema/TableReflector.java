package io.alchemy.schema;

import io.alchemy.exc.NoSuchTableError;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Table}s of a {@link MetaData} from what the dialect's reflector reads: columns with their types,
 * nullability, server defaults and comments, the primary key, foreign keys (reflecting the referenced tables too),
 * unique constraints, indexes and the table comment.
 */
final class TableReflector {
    private final MetaData metadata;
    private final SchemaReflection reflector;
    private final java.sql.Connection jdbc;

    TableReflector(MetaData metadata, SchemaDialect dialect, java.sql.Connection jdbc) {
        this.metadata = metadata;
        this.reflector = dialect.reflector();
        this.jdbc = jdbc;
    }

    void reflectAll(@Nullable String schema) {
        for (String name : reflector.tableNames(jdbc, schema)) {
            reflect(schema, name);
        }
    }

    Table reflect(@Nullable String schema, String name) {
        Table known = metadata.tables().get(schema == null ? name : schema + "." + name);
        if (known != null) {
            return known;
        }
        if (!reflector.hasTable(jdbc, schema, name)) {
            throw new NoSuchTableError("Table '" + (schema == null ? "" : schema + ".") + name + "' does not exist in the database");
        }
        List<TableElement> elements = new ArrayList<>();
        for (ReflectedColumn column : reflector.columns(jdbc, schema, name)) {
            elements.add(column(column));
        }
        ReflectedPrimaryKey key = reflector.primaryKey(jdbc, schema, name);
        if (!key.columns().isEmpty()) {
            elements.add(new PrimaryKeyConstraint(key.columns(), key.name()));
        }
        List<ReflectedForeignKey> foreignKeys = reflector.foreignKeys(jdbc, schema, name);
        for (ReflectedForeignKey fk : foreignKeys) {
            String prefix = (fk.referredSchema() == null ? "" : fk.referredSchema() + ".") + fk.referredTable() + ".";
            ForeignKeyConstraint constraint = new ForeignKeyConstraint(fk.columns(),
                    fk.referredColumns().stream().map(c -> prefix + c).toList()).ondelete(fk.ondelete()).onupdate(fk.onupdate());
            elements.add(fk.name() == null ? constraint : constraint.name(fk.name()));
        }
        for (ReflectedUniqueConstraint unique : reflector.uniqueConstraints(jdbc, schema, name)) {
            elements.add(new UniqueConstraint(unique.columns(), unique.name()));
        }
        for (ReflectedIndex index : reflector.indexes(jdbc, schema, name)) {
            elements.add(new Index(index.name(), index.columns(), index.unique()));
        }
        String comment = reflector.tableComment(jdbc, schema, name);
        if (comment != null) {
            elements.add(new TableComment(comment));
        }
        Table table = metadata.table(schema, name, elements);
        for (ReflectedForeignKey fk : foreignKeys) {
            reflect(fk.referredSchema(), fk.referredTable());
        }
        return table;
    }

    /** A column from its reflection; a generated key's default (nextval, identity) is left to the new database. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> column(ReflectedColumn reflected) {
        Column<?> column = new Column<>(reflected.name(), (SqlType) reflected.type()).nullable(reflected.nullable());
        if (reflected.defaultSql() != null && !reflected.autoincrement()) {
            column = column.serverDefault(reflected.defaultSql());
        }
        if (reflected.comment() != null && !reflected.comment().isEmpty()) {
            column = column.comment(reflected.comment());
        }
        return column;
    }
}
