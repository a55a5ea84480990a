package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A named column, optionally belonging to a {@link TableClause} (SQLAlchemy's {@code ColumnClause}). The schema's
 * {@link io.alchemy.schema.Column} extends it with keys, defaults and constraints. The table is set once, when the
 * column is attached to a table; everything else is fixed at construction.
 *
 * @param <T> the Java type of the column's values
 */
public class ColumnClause<T> extends ColumnElement<T> {
    private final String name;
    private final SqlType<T> type;
    private TableClause table;

    public ColumnClause(String name, SqlType<T> type) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A column needs a non-empty name");
        }
        this.name = name;
        this.type = type;
    }

    /** The column's name in the database. */
    public String name() {
        return name;
    }

    /** The key under which the column is found in {@code table.c(...)} and in result rows (its name). */
    public String key() {
        return name;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    /** The table this column belongs to, or {@code null} for a free-standing column. */
    public @Nullable TableClause table() {
        return table;
    }

    /** Attaches this column to {@code owner}; {@link ArgumentError} if it already belongs to another table. */
    protected void attachTo(TableClause owner) {
        Objects.requireNonNull(owner, "owner");
        if (table != null && table != owner) {
            throw new ArgumentError("Column '" + name + "' already belongs to table '" + table.name()
                    + "'; use a copy of it for table '" + owner.name() + "'");
        }
        table = owner;
    }

    /**
     * The schema column this one stands for, which joins read foreign keys from: the column itself, or for a mapped
     * class's column attribute ({@code User_.id}) its table's column.
     */
    public ColumnClause<?> schemaColumn() {
        return this;
    }

    @Override
    public String naturalName() {
        return name;
    }

    @Override
    public String anonymousLabelBase() {
        return name;
    }

    @Override
    public String bindNameBase() {
        return key();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        if (table != null) {
            sink.accept(table);
        }
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitColumn(this);
    }

    /** A table's column stands for itself; a free-standing column is known by its name and type. */
    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        if (table != null) {
            key.addIdentity(this);
        } else {
            key.add(name, type);
        }
    }

    @Override
    public String toString() {
        return table == null ? name : table.name() + "." + name;
    }
}
