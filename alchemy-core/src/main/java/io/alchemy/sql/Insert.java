package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT INTO table …}: immutable and generative. The column list follows the table's column order. Without
 * {@link #values} the columns are those named by the execution parameters (for an executemany, the first parameter
 * set's keys), or every column when the statement is only displayed; {@code values()} with nothing renders
 * {@code DEFAULT VALUES}.
 *
 * <p>Generative: every builder method ({@code where}, {@code values}, {@code orderBy}, …) returns a new statement
 * and leaves this one unchanged, so use its result ({@code stmt = stmt.where(x)}); a dropped result is flagged by
 * errorprone's {@code @CheckReturnValue}, which this package carries.
 */
public final class Insert extends DmlStatement {
    private final Map<ColumnClause<?>, ColumnElement<?>> values;
    private final boolean valuesGiven;
    private final List<Map<ColumnClause<?>, ColumnElement<?>>> rows;
    private final List<ColumnClause<?>> selectColumns;
    private final SelectBase fromSelect;

    private Insert(DmlTarget target, Map<ColumnClause<?>, ColumnElement<?>> values, boolean valuesGiven,
            List<Map<ColumnClause<?>, ColumnElement<?>>> rows, List<ColumnClause<?>> selectColumns,
            SelectBase fromSelect, List<ColumnElement<?>> returning) {
        super(target, returning);
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.valuesGiven = valuesGiven;
        this.rows = List.copyOf(rows);
        this.selectColumns = List.copyOf(selectColumns);
        this.fromSelect = fromSelect;
    }

    /** {@code INSERT INTO table}, columns from the execution parameters. */
    public static Insert into(TableClause table) {
        return new Insert(DmlTarget.of(table), Map.of(), false, List.of(), List.of(), null, List.of());
    }

    /**
     * {@code INSERT INTO} the table of a mapped class: an ORM-enabled INSERT ({@link #entity()}), whose executemany
     * parameters a Session reads by attribute name; {@link ArgumentError} naming the class when it is not mapped.
     */
    public static Insert into(Class<?> entity) {
        return new Insert(DmlTarget.of(entity), Map.of(), false, List.of(), List.of(), null, List.of());
    }

    /** Values by column key: plain values become parameters named after the column, expressions render inline. */
    public Insert values(Map<String, ?> columnValues) {
        requireNoSelect();
        requireSingleFormat(!rows.isEmpty() && !columnValues.isEmpty());
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.putAll(valuesByColumn(table(), columnValues, ""));
        return new Insert(target(), merged, true, List.of(), List.of(), null, returningList());
    }

    /** One value for one column: {@code values(userTable.c("name"), "sandy")}. */
    public Insert values(ColumnClause<?> column, Object value) {
        requireNoSelect();
        requireSingleFormat(!rows.isEmpty());
        requireOwnColumn(column);
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.put(column, valueFor(column, value, column.key()));
        return new Insert(target(), merged, true, List.of(), List.of(), null, returningList());
    }

    /** {@code INSERT INTO table DEFAULT VALUES} ({@code () VALUES ()} on MySQL). */
    public Insert values() {
        requireNoSelect();
        return new Insert(target(), values, true, List.of(), List.of(), null, returningList());
    }

    /**
     * A multi-row {@code VALUES (…), (…)}; every row names the same columns. Called again, the rows are added after
     * those given before (as SQLAlchemy's {@code values()} does); after single-row values it is refused.
     */
    public Insert values(List<? extends Map<String, ?>> rowValues) {
        requireNoSelect();
        if (rowValues.isEmpty()) {
            throw new ArgumentError("A multi-row VALUES needs at least one row");
        }
        requireSingleFormat(!values.isEmpty());
        List<Map<ColumnClause<?>, ColumnElement<?>>> all = new ArrayList<>(rows);
        Set<ColumnClause<?>> columns = rows.isEmpty() ? null : rows.get(0).keySet();
        for (int i = 0; i < rowValues.size(); i++) {
            Map<ColumnClause<?>, ColumnElement<?>> row = valuesByColumn(table(), rowValues.get(i), "_m" + all.size());
            if (columns == null) {
                columns = row.keySet();
            } else if (!row.keySet().equals(columns)) {
                throw new ArgumentError("Every row of a multi-row VALUES must name the same columns: row 0 has "
                        + keysOf(columns) + ", row " + all.size() + " has " + keysOf(row.keySet()));
            }
            all.add(row);
        }
        return new Insert(target(), Map.of(), true, all, List.of(), null, returningList());
    }

    private static List<String> keysOf(Set<ColumnClause<?>> columns) {
        return columns.stream().map(ColumnClause::key).toList();
    }

    private static void requireSingleFormat(boolean mixed) {
        if (mixed) {
            throw new ArgumentError("Can't mix single and multiple VALUES formats in one INSERT statement");
        }
    }

    /** {@code INSERT INTO table (columns…) SELECT …}. */
    public Insert fromSelect(List<String> columnKeys, SelectBase select) {
        if (valuesGiven) {
            throw new ArgumentError("An INSERT takes either values() or fromSelect(), not both");
        }
        if (columnKeys.size() != select.selectColumns().size()) {
            throw new ArgumentError("fromSelect() names " + columnKeys.size() + " columns but the SELECT has "
                    + select.selectColumns().size());
        }
        List<ColumnClause<?>> columns = new ArrayList<>();
        for (String key : columnKeys) {
            columns.add(table().c(key));
        }
        return new Insert(target(), Map.of(), false, List.of(), columns, select, returningList());
    }

    /** {@code RETURNING columns…} (tables stand for all their columns). */
    public Insert returning(Object... columns) {
        return new Insert(target(), values, valuesGiven, rows, selectColumns, fromSelect,
                plusReturning(returningList(), columns));
    }

    private void requireNoSelect() {
        if (fromSelect != null) {
            throw new ArgumentError("An INSERT takes either values() or fromSelect(), not both");
        }
    }

    private void requireOwnColumn(ColumnClause<?> column) {
        if (column.table() != table()) {
            throw new ArgumentError("Column " + column + " does not belong to table '" + table().fullName() + "'");
        }
    }

    /** The single-row values given, by column. */
    public Map<ColumnClause<?>, ColumnElement<?>> valueMap() {
        return values;
    }

    /** Whether {@code values(…)} was called (with no values: DEFAULT VALUES). */
    public boolean hasValues() {
        return valuesGiven;
    }

    /** The rows of a multi-row VALUES; empty otherwise. */
    public List<Map<ColumnClause<?>, ColumnElement<?>>> rows() {
        return rows;
    }

    /** The target columns of an INSERT … SELECT. */
    public List<ColumnClause<?>> fromSelectColumns() {
        return selectColumns;
    }

    /** The SELECT of an INSERT … SELECT, or {@code null}. */
    public @Nullable SelectBase fromSelect() {
        return fromSelect;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.INSERT;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(table()).add(valuesGiven);
        addValuesKey(key, values);
        key.add(rows.size());
        rows.forEach(row -> addValuesKey(key, row));
        key.addAll(selectColumns).add(fromSelect).addAll(returningList());
    }
}
