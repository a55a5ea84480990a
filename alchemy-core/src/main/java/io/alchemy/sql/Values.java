package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of values as a FROM element: {@code (VALUES (?, ?), (?, ?)) AS my_values (id, name)}, written as an equivalent
 * {@code SELECT … UNION ALL SELECT …} where the database lacks that form (SQLite, MySQL). Made by
 * {@code values("my_values", t.c("id"), t.c("name")).data(List.of(List.of(1, "a"), …))}; every value is a bound
 * parameter typed like its column.
 */
public final class Values extends AliasedFrom {
    private final List<ColumnClause<?>> columnsGiven;
    private final List<List<ColumnElement<?>>> rows;

    Values(String name, List<? extends ColumnClause<?>> columns, List<List<ColumnElement<?>>> rows) {
        super(name, selectColumns(columns));
        this.columnsGiven = List.copyOf(columns);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    private static List<SelectColumn> selectColumns(List<? extends ColumnClause<?>> columns) {
        if (columns.isEmpty()) {
            throw new ArgumentError("values() needs at least one column");
        }
        List<SelectColumn> result = new ArrayList<>();
        for (ColumnClause<?> column : columns) {
            result.add(new SelectColumn(column, column.name(), null, column.key(), false));
        }
        return result;
    }

    /** The same VALUES with these rows; each row gives one value per column, plain values become parameters. */
    public Values data(List<? extends List<?>> data) {
        if (data.isEmpty()) {
            throw new ArgumentError("values().data() needs at least one row");
        }
        List<List<ColumnElement<?>>> coerced = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            List<?> row = data.get(r);
            if (row.size() != columnsGiven.size()) {
                throw new ArgumentError("Row " + r + " of values() has " + row.size() + " values for "
                        + columnsGiven.size() + " columns");
            }
            List<ColumnElement<?>> values = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                ColumnClause<?> column = columnsGiven.get(c);
                Object value = row.get(c);
                ColumnElement<?> statement = Coercions.statementAsExpression(value);
                if (statement != null) {
                    values.add(statement);
                    continue;
                }
                values.add(value instanceof ColumnElement<?> e ? e : BindParameter.anonymous("param", value,
                        column.type() != null && value != null && column.type().accepts(value)
                                ? castType(column) : null));
            }
            coerced.add(values);
        }
        return new Values(name(), columnsGiven, coerced);
    }

    @SuppressWarnings("unchecked")
    private static io.alchemy.types.SqlType<Object> castType(ColumnClause<?> column) {
        return (io.alchemy.types.SqlType<Object>) column.type();
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columnsGiven.stream().map(ColumnClause::name).toList();
    }

    /** The rows of values. */
    public List<List<ColumnElement<?>>> rows() {
        if (rows.isEmpty()) {
            throw new ArgumentError("values() has no rows; add them with data(…)");
        }
        return rows;
    }

    @Override
    public String anonymousBase() {
        return "anon";
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitValues(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name()).addAll(columnsGiven).add(rows.size());
        rows.forEach(key::addAll);
    }
}
