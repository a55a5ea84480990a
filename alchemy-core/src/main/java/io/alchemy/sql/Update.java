package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code UPDATE table SET … WHERE …}: immutable and generative. SET follows the table's column order unless
 * {@link #orderedValues} fixes it; without values the SET columns are those named by the execution parameters
 * (except names of {@code bindparam}s used in the statement). Criteria on other tables render
 * {@code UPDATE … FROM} (PostgreSQL, SQLite) or a multi-table UPDATE (MySQL).
 *
 * <p>Generative: every builder method ({@code where}, {@code values}, {@code orderBy}, …) returns a new statement
 * and leaves this one unchanged, so use its result ({@code stmt = stmt.where(x)}); a dropped result is flagged by
 * errorprone's {@code @CheckReturnValue}, which this package carries.
 */
public final class Update extends DmlStatement {
    private final Map<ColumnClause<?>, ColumnElement<?>> values;
    private final boolean ordered;
    private final List<ColumnElement<?>> where;

    private Update(DmlTarget target, Map<ColumnClause<?>, ColumnElement<?>> values, boolean ordered,
            List<ColumnElement<?>> where, List<ColumnElement<?>> returning) {
        super(target, returning);
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.ordered = ordered;
        this.where = List.copyOf(where);
    }

    /** {@code UPDATE table}. */
    public static Update of(TableClause table) {
        return new Update(DmlTarget.of(table), Map.of(), false, List.of(), List.of());
    }

    /** {@code UPDATE} the table of a mapped class: an ORM-enabled UPDATE ({@link #entity()}). */
    public static Update of(Class<?> entity) {
        return new Update(DmlTarget.of(entity), Map.of(), false, List.of(), List.of());
    }

    /** SET values by column key; plain values become parameters named after the column ({@code :fullname}). */
    public Update values(Map<String, ?> columnValues) {
        requireUnordered();
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.putAll(valuesByColumn(table(), columnValues, ""));
        return new Update(target(), merged, false, where, returningList());
    }

    /** One SET value; the column may belong to another table of a MySQL multi-table UPDATE. */
    public Update values(ColumnClause<?> column, Object value) {
        requireUnordered();
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.put(column, valueFor(column, value, parameterName(column)));
        return new Update(target(), merged, false, where, returningList());
    }

    /** SET values in exactly this order (MySQL evaluates SET left to right). */
    public Update orderedValues(List<? extends Map.Entry<? extends ColumnClause<?>, ?>> columnValues) {
        if (!values.isEmpty()) {
            throw new ArgumentError("orderedValues() cannot be combined with values()");
        }
        Map<ColumnClause<?>, ColumnElement<?>> ordered = new LinkedHashMap<>();
        for (Map.Entry<? extends ColumnClause<?>, ?> entry : columnValues) {
            ColumnClause<?> column = entry.getKey();
            if (ordered.put(column, valueFor(column, entry.getValue(), parameterName(column))) != null) {
                throw new ArgumentError("Column " + column + " is given twice to orderedValues()");
            }
        }
        return new Update(target(), ordered, true, where, returningList());
    }

    /**
     * The name of a plain value's parameter: the column's key, or {@code <table>_<key>} for a column of another
     * table (a MySQL multi-table UPDATE), so that {@code users.name} and {@code addresses.name} never share one.
     */
    private String parameterName(ColumnClause<?> column) {
        return column.table() == null || column.table() == table() ? column.key()
                : column.table().name() + "_" + column.key();
    }

    private void requireUnordered() {
        if (ordered) {
            throw new ArgumentError("values() cannot be combined with orderedValues()");
        }
    }

    /** Adds WHERE criteria, joined with AND. */
    public Update where(ColumnElement<?>... criteria) {
        List<ColumnElement<?>> all = new ArrayList<>(where);
        Arrays.stream(criteria).map(Coercions::criterion).filter(BooleanClauseList::restricts).forEach(all::add);
        return new Update(target(), values, ordered, all, returningList());
    }

    /** {@code RETURNING columns…}. */
    public Update returning(Object... columns) {
        return new Update(target(), values, ordered, where, plusReturning(returningList(), columns));
    }

    /** The SET values given, by column. */
    public Map<ColumnClause<?>, ColumnElement<?>> valueMap() {
        return values;
    }

    /** Whether SET keeps the given order. */
    public boolean isOrdered() {
        return ordered;
    }

    public List<ColumnElement<?>> whereList() {
        return where;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.UPDATE;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitUpdate(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(table()).add(ordered);
        addValuesKey(key, values);
        key.addAll(where).addAll(returningList());
    }
}
