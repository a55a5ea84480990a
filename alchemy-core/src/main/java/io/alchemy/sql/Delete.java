package io.alchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code DELETE FROM table WHERE …}: immutable and generative. Criteria on other tables render
 * {@code DELETE … USING} (PostgreSQL, MySQL).
 *
 * <p>Generative: every builder method ({@code where}, {@code values}, {@code orderBy}, …) returns a new statement
 * and leaves this one unchanged, so use its result ({@code stmt = stmt.where(x)}); a dropped result is flagged by
 * errorprone's {@code @CheckReturnValue}, which this package carries.
 */
public final class Delete extends DmlStatement {
    private final List<ColumnElement<?>> where;

    private Delete(DmlTarget target, List<ColumnElement<?>> where, List<ColumnElement<?>> returning) {
        super(target, returning);
        this.where = List.copyOf(where);
    }

    /** {@code DELETE FROM table}. */
    public static Delete from(TableClause table) {
        return new Delete(DmlTarget.of(table), List.of(), List.of());
    }

    /** {@code DELETE FROM} the table of a mapped class: an ORM-enabled DELETE ({@link #entity()}). */
    public static Delete from(Class<?> entity) {
        return new Delete(DmlTarget.of(entity), List.of(), List.of());
    }

    /** Adds WHERE criteria, joined with AND. */
    public Delete where(ColumnElement<?>... criteria) {
        List<ColumnElement<?>> all = new ArrayList<>(where);
        Arrays.stream(criteria).map(Coercions::criterion).filter(BooleanClauseList::restricts).forEach(all::add);
        return new Delete(target(), all, returningList());
    }

    /** {@code RETURNING columns…}. */
    public Delete returning(Object... columns) {
        return new Delete(target(), where, plusReturning(returningList(), columns));
    }

    public List<ColumnElement<?>> whereList() {
        return where;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.DELETE;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(table()).addAll(where).addAll(returningList());
    }
}
