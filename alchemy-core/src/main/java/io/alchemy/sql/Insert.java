package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code INSERT INTO table …}: immutable and generative. The column list follows the table's column order. Without
 * {@link #values} the columns are those named by the execution parameters (for an executemany, the first parameter
 * set's keys), or every column when the statement is only displayed; {@code values()} with nothing renders
 * {@code DEFAULT VALUES}.
 */
public final class Insert extends DmlStatement {
    private final Map<ColumnClause<?>, ColumnElement<?>> values;
    private final boolean valuesGiven;
    private final List<Map<ColumnClause<?>, ColumnElement<?>>> rows;
    private final List<ColumnClause<?>> selectColumns;
    private final SelectBase fromSelect;
    private final OnConflict onConflict;

    private Insert(TableClause table, Map<ColumnClause<?>, ColumnElement<?>> values, boolean valuesGiven,
            List<Map<ColumnClause<?>, ColumnElement<?>>> rows, List<ColumnClause<?>> selectColumns,
            SelectBase fromSelect, List<ColumnElement<?>> returning, OnConflict onConflict) {
        super(table, returning);
        this.onConflict = onConflict;
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.valuesGiven = valuesGiven;
        this.rows = List.copyOf(rows);
        this.selectColumns = List.copyOf(selectColumns);
        this.fromSelect = fromSelect;
    }

    /** {@code INSERT INTO table}, columns from the execution parameters. */
    public static Insert into(TableClause table) {
        return new Insert(table, Map.of(), false, List.of(), List.of(), null, List.of(), null);
    }

    /** Values by column key: plain values become parameters named after the column, expressions render inline. */
    public Insert values(Map<String, ?> columnValues) {
        requireNoSelect();
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.putAll(valuesByColumn(table(), columnValues, ""));
        return new Insert(table(), merged, true, List.of(), List.of(), null, returningList(), onConflict);
    }

    /** One value for one column: {@code values(userTable.c("name"), "sandy")}. */
    public Insert values(ColumnClause<?> column, Object value) {
        requireNoSelect();
        requireOwnColumn(column);
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.put(column, valueFor(column, value, column.key()));
        return new Insert(table(), merged, true, List.of(), List.of(), null, returningList(), onConflict);
    }

    /** {@code INSERT INTO table DEFAULT VALUES} ({@code () VALUES ()} on MySQL). */
    public Insert values() {
        requireNoSelect();
        return new Insert(table(), values, true, List.of(), List.of(), null, returningList(), onConflict);
    }

    /** A multi-row {@code VALUES (…), (…)}; every row names the same columns. */
    public Insert values(List<? extends Map<String, ?>> rowValues) {
        requireNoSelect();
        if (rowValues.isEmpty()) {
            throw new ArgumentError("A multi-row VALUES needs at least one row");
        }
        Set<String> keys = rowValues.get(0).keySet();
        List<Map<ColumnClause<?>, ColumnElement<?>>> all = new ArrayList<>();
        for (int i = 0; i < rowValues.size(); i++) {
            if (!rowValues.get(i).keySet().equals(keys)) {
                throw new ArgumentError("Every row of a multi-row VALUES must name the same columns: row 0 has "
                        + keys + ", row " + i + " has " + rowValues.get(i).keySet());
            }
            all.add(valuesByColumn(table(), rowValues.get(i), "_m" + i));
        }
        return new Insert(table(), Map.of(), true, all, List.of(), null, returningList(), onConflict);
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
        return new Insert(table(), Map.of(), false, List.of(), columns, select, returningList(), onConflict);
    }

    /** {@code RETURNING columns…} (tables stand for all their columns). */
    public Insert returning(Object... columns) {
        return new Insert(table(), values, valuesGiven, rows, selectColumns, fromSelect,
                plusReturning(returningList(), columns), onConflict);
    }

    /** An upsert that skips rows conflicting on {@code target} (any unique key when empty). PostgreSQL, SQLite. */
    public Insert onConflictDoNothing(ColumnClause<?>... target) {
        return withConflict(new OnConflict(OnConflict.Action.DO_NOTHING, ownColumns(List.of(target)), Map.of(), null));
    }

    /**
     * An upsert that updates a conflicting row: {@code onConflictDoUpdate(List.of(t.c("name")),
     * Map.of("fullname", insert.excluded("fullname")))}. PostgreSQL, SQLite; on H2 a MERGE when every
     * updated column takes its proposed value.
     */
    public Insert onConflictDoUpdate(List<? extends ColumnClause<?>> target, Map<String, ?> set) {
        return onConflictDoUpdate(target, set, null);
    }

    /** {@link #onConflictDoUpdate(List, Map)} restricted to existing rows matching {@code where}. */
    public Insert onConflictDoUpdate(List<? extends ColumnClause<?>> target, Map<String, ?> set, ColumnElement<?> where) {
        if (target.isEmpty()) {
            throw new ArgumentError("onConflictDoUpdate() needs the columns of the conflicting unique key");
        }
        return withConflict(new OnConflict(OnConflict.Action.DO_UPDATE, ownColumns(target), updates(set), where));
    }

    /** MySQL's and MariaDB's upsert: {@code ON DUPLICATE KEY UPDATE col = value, …}. */
    public Insert onDuplicateKeyUpdate(Map<String, ?> set) {
        return withConflict(new OnConflict(OnConflict.Action.DUPLICATE_KEY_UPDATE, List.of(), updates(set), null));
    }

    /** The value this INSERT proposed for a column, for the SET of an upsert. */
    public <T> Excluded<T> excluded(String columnKey) {
        @SuppressWarnings("unchecked")
        ColumnClause<T> column = (ColumnClause<T>) table().c(columnKey);
        return new Excluded<>(column);
    }

    private Map<ColumnClause<?>, ColumnElement<?>> updates(Map<String, ?> set) {
        if (set.isEmpty()) {
            throw new ArgumentError("An upsert's update needs at least one column to set");
        }
        Map<ColumnClause<?>, ColumnElement<?>> result = new LinkedHashMap<>();
        for (ColumnClause<?> column : table().columns()) {
            if (set.containsKey(column.key())) {
                result.put(column, Coercions.expression(set.get(column.key()), column));
            }
        }
        for (String key : set.keySet()) {
            table().c(key);
        }
        return result;
    }

    private List<ColumnClause<?>> ownColumns(List<? extends ColumnClause<?>> columns) {
        columns.forEach(this::requireOwnColumn);
        return List.copyOf(columns);
    }

    private Insert withConflict(OnConflict conflict) {
        return new Insert(table(), values, valuesGiven, rows, selectColumns, fromSelect, returningList(), conflict);
    }

    /** The upsert clause, or {@code null}. */
    public OnConflict onConflict() {
        return onConflict;
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
    public SelectBase fromSelect() {
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
        key.addAll(selectColumns).add(fromSelect).addAll(returningList()).add(onConflict != null);
        if (onConflict != null) {
            onConflict.addCacheKey(key);
        }
    }
}
