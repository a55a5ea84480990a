package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What INSERT, UPDATE and DELETE share: a target table and a RETURNING clause. */
public abstract class DmlStatement extends Statement {
    private final DmlTarget target;
    private final List<ColumnElement<?>> returning;

    DmlStatement(DmlTarget target, List<ColumnElement<?>> returning) {
        if (target.table() == null) {
            throw new ArgumentError("An INSERT, UPDATE or DELETE needs a table");
        }
        this.target = target;
        this.returning = List.copyOf(returning);
    }

    /** The target table. */
    public TableClause table() {
        return target.table();
    }

    /**
     * The mapped class this statement was made from ({@code insert(User.class)}), which makes it an ORM-enabled
     * statement when a Session executes it; {@code null} for a statement made from a table.
     */
    public Class<?> entity() {
        return target.entity();
    }

    DmlTarget target() {
        return target;
    }

    /** The RETURNING columns; empty when there is no RETURNING clause. */
    public List<ColumnElement<?>> returningList() {
        return returning;
    }

    /** This statement as a named CTE whose rows are its RETURNING columns (PostgreSQL). */
    public Cte cte(String name) {
        if (returning.isEmpty()) {
            throw new ArgumentError("A data-modifying CTE needs returning(…) columns to select from");
        }
        return new Cte(this, SelectBase.requireName(name));
    }

    static List<ColumnElement<?>> plusReturning(List<ColumnElement<?>> existing, Object... entities) {
        List<ColumnElement<?>> all = new ArrayList<>(existing);
        for (Object entity : entities) {
            if (entity instanceof ColumnElement<?> column) {
                all.add(column);
            } else if (entity instanceof FromClause from) {
                all.addAll(from.columns());
            } else {
                throw new ArgumentError("returning() takes column expressions and tables; got "
                        + (entity == null ? "null" : entity.getClass().getName()));
            }
        }
        return all;
    }

    /**
     * The values of a {@code values(Map)} call keyed by the table's columns: expressions as they are, plain values as
     * parameters named after the column ({@code :fullname}, or {@code :fullname_m1} for row 1 of a multi-row insert).
     */
    static Map<ColumnClause<?>, ColumnElement<?>> valuesByColumn(TableClause table, Map<String, ?> values,
            String suffix) {
        Map<ColumnClause<?>, ColumnElement<?>> result = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (!table.hasColumn(entry.getKey())) {
                throw new ArgumentError("Unconsumed column names: " + entry.getKey() + " (table '" + table.fullName()
                        + "' has " + table.columnKeys() + ")");
            }
            ColumnClause<?> column = table.c(entry.getKey());
            result.put(column, valueFor(column, entry.getValue(), column.key() + suffix));
        }
        return result;
    }

    /** A value for a column: expressions as they are, plain values as a parameter of the given name. */
    static ColumnElement<?> valueFor(ColumnClause<?> column, Object value, String parameterName) {
        if (value instanceof ColumnElement<?> element) {
            return element;
        }
        ColumnElement<?> statement = Coercions.statementAsExpression(value);
        if (statement != null) {
            return statement;
        }
        if (value instanceof SelectBase) {
            throw new ArgumentError("A SELECT used as a value must be made a scalar subquery first: call "
                    + ".scalarSubquery() on it");
        }
        if (value instanceof ClauseElement other) {
            throw new ArgumentError("A " + other.getClass().getSimpleName() + " cannot be used as a column value");
        }
        return BindParameter.named(parameterName, column.type(), value);
    }

    static void addValuesKey(CacheKeyBuilder key, Map<ColumnClause<?>, ColumnElement<?>> values) {
        key.add(values.size());
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : values.entrySet()) {
            key.add(entry.getKey()).add(entry.getValue());
        }
    }
}
