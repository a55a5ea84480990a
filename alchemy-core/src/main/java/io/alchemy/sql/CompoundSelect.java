package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;

/**
 * SELECTs combined by a set operation: {@code UNION}, {@code UNION ALL}, {@code INTERSECT}, {@code EXCEPT} (and
 * their {@code ALL} forms), with its own ORDER BY and LIMIT. Its result columns are those of the first SELECT.
 *
 * <p>Generative: every builder method ({@code where}, {@code values}, {@code orderBy}, …) returns a new statement
 * and leaves this one unchanged, so use its result ({@code stmt = stmt.where(x)}); a dropped result is flagged by
 * errorprone's {@code @CheckReturnValue}, which this package carries.
 */
public final class CompoundSelect extends SelectBase {

    /** The set operation. */
    public enum Kind {
        UNION("UNION"), UNION_ALL("UNION ALL"), INTERSECT("INTERSECT"), INTERSECT_ALL("INTERSECT ALL"),
        EXCEPT("EXCEPT"), EXCEPT_ALL("EXCEPT ALL");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    private final Kind kind;
    private final List<SelectBase> selects;
    private final List<ColumnElement<?>> orderBy;
    private final ColumnElement<?> limit;
    private final ColumnElement<?> offset;

    private CompoundSelect(Kind kind, List<SelectBase> selects, List<ColumnElement<?>> orderBy,
            ColumnElement<?> limit, ColumnElement<?> offset) {
        this.kind = kind;
        this.selects = List.copyOf(selects);
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
    }

    /** {@code s1 <kind> s2 <kind> …}; every SELECT must have as many columns as the first. */
    public static CompoundSelect of(Kind kind, List<? extends SelectBase> selects) {
        if (selects.size() < 2) {
            throw new ArgumentError(kind.sql() + " needs at least two SELECTs, got " + selects.size());
        }
        int width = selects.get(0).selectColumns().size();
        for (SelectBase select : selects) {
            if (select.selectColumns().size() != width) {
                throw new ArgumentError("All selectables passed to CompoundSelect must have identical numbers of "
                        + "columns; select #1 has " + width + " columns, select #" + (selects.indexOf(select) + 1)
                        + " has " + select.selectColumns().size() + " (every SELECT of a " + kind.sql()
                        + " needs the same number of columns)");
            }
        }
        return new CompoundSelect(kind, new ArrayList<>(selects), List.of(), null, null);
    }

    public Kind compoundKind() {
        return kind;
    }

    public List<SelectBase> selects() {
        return selects;
    }

    /** Adds ORDER BY expressions (or result column names) applying to the whole compound. */
    public CompoundSelect orderBy(Object... expressions) {
        List<ColumnElement<?>> all = new ArrayList<>(orderBy);
        all.addAll(OrderByList.of(expressions));
        return new CompoundSelect(kind, selects, all, limit, offset);
    }

    /** {@code LIMIT n} over the whole compound. */
    public CompoundSelect limit(int rows) {
        return new CompoundSelect(kind, selects, orderBy, rowCount(rows, "LIMIT"), offset);
    }

    /** {@code OFFSET n} over the whole compound. */
    public CompoundSelect offset(int rows) {
        return new CompoundSelect(kind, selects, orderBy, limit, rowCount(rows, "OFFSET"));
    }

    @Override
    public List<SelectColumn> selectColumns() {
        return selects.get(0).selectColumns();
    }

    @Override
    public List<ColumnElement<?>> orderByList() {
        return orderBy;
    }

    @Override
    public ColumnElement<?> limitClause() {
        return limit;
    }

    @Override
    public ColumnElement<?> offsetClause() {
        return offset;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitCompoundSelect(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(kind).addAll(selects).addAll(orderBy).add(limit).add(offset);
    }
}
