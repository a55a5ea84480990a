package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An INSERT that handles rows conflicting with existing ones: the base of the dialects' upsert statements
 * ({@code PostgresDml.insert}, {@code SQLiteDml.insert}, {@code MySQLDml.insert}, {@code H2Dml.merge}), like
 * SQLAlchemy's {@code sqlalchemy.dialects.postgresql.insert}. It holds a plain {@link Insert} (its values), the
 * {@link UpsertClause} ({@code null}: a plain INSERT) and the RETURNING columns; compiled for a dialect without its
 * clause it raises a {@link io.alchemy.exc.CompileError} naming the dialect and the construct.
 */
public abstract class Upsert extends DmlStatement {
    private final Insert insert;
    private final UpsertClause clause;

    /**
     * @param insert the INSERT, without RETURNING
     * @param clause the conflict clause, or {@code null}
     * @param returning the RETURNING columns
     */
    protected Upsert(Insert insert, @Nullable UpsertClause clause, List<ColumnElement<?>> returning) {
        super(insert.target(), returning);
        if (!insert.returningList().isEmpty()) {
            throw new ArgumentError("Give RETURNING columns to the upsert statement, not to the INSERT it wraps");
        }
        this.insert = insert;
        this.clause = clause;
    }

    /** The INSERT (values, rows or SELECT) without RETURNING. */
    public final Insert insert() {
        return insert;
    }

    /** The conflict clause, or {@code null} when none was given (a plain INSERT). */
    public final @Nullable UpsertClause clause() {
        return clause;
    }

    /** The RETURNING list with {@code columns} (columns or tables) appended. */
    protected final List<ColumnElement<?>> withReturning(Object... columns) {
        return plusReturning(returningList(), columns);
    }

    /**
     * The SET list of a conflict clause by column: keys are column keys or columns of the table; plain values become
     * anonymous parameters ({@code :param_1}), SQL expressions render as they are.
     */
    protected final Map<ColumnClause<?>, ColumnElement<?>> setValues(Map<?, ?> set) {
        if (set == null || set.isEmpty()) {
            throw new ArgumentError("An upsert's update needs at least one column to set");
        }
        Map<ColumnClause<?>, ColumnElement<?>> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : set.entrySet()) {
            ColumnClause<?> column = ownColumn(entry.getKey());
            Object value = entry.getValue();
            if (value instanceof SelectBase) {
                throw new ArgumentError("A SELECT used as a value must be made a scalar subquery first: call "
                        + ".scalarSubquery() on it");
            }
            result.put(column, value instanceof ColumnElement<?> element ? element
                    : BindParameter.anonymous("param", value, column.type()));
        }
        return result;
    }

    /** A column of the target table, given as a column or its key. */
    protected final ColumnClause<?> ownColumn(Object keyOrColumn) {
        if (keyOrColumn instanceof String key) {
            if (!table().hasColumn(key)) {
                throw new ArgumentError("Table '" + table().fullName() + "' has no column '" + key + "'; it has "
                        + table().columnKeys());
            }
            return table().c(key);
        }
        if (keyOrColumn instanceof ColumnClause<?> column && column.table() == table()) {
            return column;
        }
        throw new ArgumentError("Expected a column key or a column of table '" + table().fullName() + "'; got "
                + keyOrColumn);
    }

    @Override
    public final StatementKind kind() {
        return StatementKind.INSERT;
    }

    @Override
    public final <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitUpsert(this);
    }

    @Override
    public final void addCacheKey(CacheKeyBuilder key) {
        key.add(getClass()).add(insert);
        if (clause == null) {
            key.add((Object) null);
        } else {
            clause.addCacheKey(key);
        }
        key.addAll(returningList());
    }
}
