package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.NoSuchColumnError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A named table with columns, usable in FROM clauses (SQLAlchemy's {@code TableClause}); the schema's
 * {@link io.alchemy.schema.Table} extends it with constraints, indexes and its {@code MetaData}.
 * The column collection is fixed once built.
 */
public class TableClause implements FromClause {
    private final String name;
    private final String schema;
    private final Map<String, ColumnClause<?>> columns = new LinkedHashMap<>();
    /** {@link #columns}' values in order, fixed when built. */
    private final List<ColumnClause<?>> columnList;

    public TableClause(String name, @Nullable String schema, List<? extends ColumnClause<?>> columns) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A table needs a non-empty name");
        }
        this.name = name;
        this.schema = schema;
        for (ColumnClause<?> column : columns) {
            if (this.columns.putIfAbsent(column.key(), column) != null) {
                throw new ArgumentError("Table '" + name + "' has two columns named '" + column.key() + "'");
            }
            column.attachTo(this);
        }
        this.columnList = List.copyOf(this.columns.values());
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** The schema the table lives in, or {@code null} for the default schema. */
    public @Nullable String schema() {
        return schema;
    }

    /** The name qualified by its schema when it has one: {@code schema.name}. */
    public String fullName() {
        return schema == null ? name : schema + "." + name;
    }

    /** The column with this key; {@link NoSuchColumnError} naming the table and its columns when there is none. */
    public ColumnClause<?> c(String key) {
        ColumnClause<?> column = columns.get(key);
        if (column == null) {
            throw new NoSuchColumnError("Table '" + fullName() + "' has no column '" + key + "'; it has " + columns.keySet());
        }
        return column;
    }

    /** Whether the table has a column with this key. */
    public boolean hasColumn(String key) {
        return columns.containsKey(key);
    }

    /** The columns, in table order. */
    public List<ColumnClause<?>> columns() {
        return columnList;
    }

    /** The column keys, in table order: {@code [id, name, fullname]}. */
    public List<String> columnKeys() {
        return List.copyOf(columns.keySet());
    }

    /** An anonymous alias, {@code user_account AS user_account_1}; each call gives a distinct alias. */
    public Alias alias() {
        return new Alias(this, null);
    }

    /** A named alias, {@code user_account AS u}. */
    public Alias alias(String aliasName) {
        if (aliasName == null || aliasName.isBlank()) {
            throw new ArgumentError("An alias needs a non-empty name; use alias() for an anonymous one");
        }
        return new Alias(this, aliasName);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitTable(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.addIdentity(this);
    }

    @Override
    public String toString() {
        return fullName();
    }
}
