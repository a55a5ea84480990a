package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.SqlElements;
import io.alchemy.sql.TextClause;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An index over columns of one table: {@code index("ix_user_name", "name")}, {@code .unique()} for a unique
 * index. Created after its table by {@code createAll}; a column's {@code index()} makes {@code ix_<table>_<column>}.
 * {@link #where} makes a partial index (PostgreSQL, SQLite); {@link #with(DialectIndexOptions)} adds a dialect's own
 * options.
 */
public final class Index implements TableElement {
    private final String name;
    private final List<String> columnNames;
    private final boolean unique;
    private final @Nullable ColumnElement<?> predicate;
    private final List<DialectIndexOptions> dialectOptions;
    private Table table;

    public Index(String name, List<String> columnNames, boolean unique) {
        this(name, columnNames, unique, null, List.of());
    }

    private Index(String name, List<String> columnNames, boolean unique, @Nullable ColumnElement<?> predicate,
            List<DialectIndexOptions> dialectOptions) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("An index needs a name");
        }
        if (columnNames == null || columnNames.isEmpty()) {
            throw new ArgumentError("Index '" + name + "' needs at least one column");
        }
        this.name = name;
        this.columnNames = List.copyOf(columnNames);
        this.unique = unique;
        this.predicate = predicate;
        this.dialectOptions = List.copyOf(dialectOptions);
    }

    /** An index named {@code name} over these columns. */
    public static Index of(String name, String... columnNames) {
        return new Index(name, List.of(columnNames), false);
    }

    /** The same index, unique. */
    public Index unique() {
        return new Index(name, columnNames, true, predicate, dialectOptions);
    }

    /**
     * The same index, partial: only the rows where {@code predicate} holds are indexed ({@code CREATE INDEX … WHERE
     * predicate} on PostgreSQL and SQLite, SQLAlchemy's {@code postgresql_where} / {@code sqlite_where}). Its values
     * are written inline in the DDL; a dialect without partial indexes refuses it.
     */
    public Index where(ColumnElement<?> predicate) {
        if (predicate == null) {
            throw new ArgumentError("Index '" + name + "': a partial index needs a predicate");
        }
        return new Index(name, columnNames, unique, predicate, dialectOptions);
    }

    /** {@link #where(ColumnElement)} with the predicate as SQL text ({@code text("data > 5")}). */
    public Index where(TextClause predicate) {
        return where(SqlElements.textFragment(predicate));
    }

    /** The same index with a dialect's options (replacing that dialect's options given before). */
    public Index with(DialectIndexOptions options) {
        if (options == null) {
            throw new ArgumentError("Index '" + name + "': dialect options must not be null");
        }
        List<DialectIndexOptions> all = new ArrayList<>();
        for (DialectIndexOptions each : dialectOptions) {
            if (each.getClass() != options.getClass()) {
                all.add(each);
            }
        }
        all.add(options);
        return new Index(name, columnNames, unique, predicate, all);
    }

    /** The partial index's predicate, or {@code null}. */
    public @Nullable ColumnElement<?> predicate() {
        return predicate;
    }

    /** The options of the dialect whose options class is {@code type}, or {@code null} when none were given. */
    public <T extends DialectIndexOptions> @Nullable T dialectOptions(Class<T> type) {
        for (DialectIndexOptions each : dialectOptions) {
            if (type.isInstance(each)) {
                return type.cast(each);
            }
        }
        return null;
    }

    void attach(Table owner) {
        if (table != null && table != owner) {
            throw new ArgumentError("Index '" + name + "' already belongs to table '" + table.fullName() + "'");
        }
        for (String key : columnNames) {
            if (!owner.hasColumn(key)) {
                throw new ArgumentError("Index '" + name + "' on table '" + owner.fullName() + "' names column '"
                        + key + "', which the table does not have; it has " + owner.columnKeys());
            }
        }
        table = owner;
    }

    /** The index name. */
    public String name() {
        return name;
    }

    /** The column keys, in index order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** The columns (the index must be attached). */
    public List<Column<?>> columns() {
        return columnNames.stream().<Column<?>>map(table::c).toList();
    }

    /** Whether the index is unique. */
    public boolean isUnique() {
        return unique;
    }

    /** The table, or {@code null} before it is added to one. */
    public @Nullable Table table() {
        return table;
    }

    @Override
    public String toString() {
        return "Index('" + name + "', " + String.join(", ", columnNames) + (unique ? ", unique=True" : "") + ")";
    }
}
