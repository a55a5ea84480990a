package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Select} and {@link CompoundSelect} share: named result columns, and the ways of embedding the
 * statement in another one (subquery, CTE, scalar subquery, EXISTS, set operations).
 */
public abstract class SelectBase extends Statement {

    /** The columns clause with the name each column has in the result. */
    public abstract List<SelectColumn> selectColumns();

    /** ORDER BY, in order. */
    public abstract List<ColumnElement<?>> orderByList();

    /** The LIMIT expression, or {@code null}. */
    public abstract @Nullable ColumnElement<?> limitClause();

    /** The OFFSET expression, or {@code null}. */
    public abstract @Nullable ColumnElement<?> offsetClause();

    @Override
    public StatementKind kind() {
        return StatementKind.SELECT;
    }

    /** This SELECT as an anonymous FROM element, {@code (SELECT …) AS anon_1}. */
    public Subquery subquery() {
        return new Subquery(this, null, false);
    }

    /** This SELECT as a named FROM element. */
    public Subquery subquery(String name) {
        return new Subquery(this, requireName(name), false);
    }

    /** This SELECT as a LATERAL subquery, which may refer to the FROM elements before it. */
    public Subquery lateral() {
        return new Subquery(this, null, true);
    }

    /** A named LATERAL subquery. */
    public Subquery lateral(String name) {
        return new Subquery(this, requireName(name), true);
    }

    /** This SELECT as an anonymous common table expression. */
    public Cte cte() {
        return new Cte(this, null, false, null);
    }

    /** This SELECT as a named common table expression. */
    public Cte cte(String name) {
        return new Cte(this, requireName(name), false, null);
    }

    /** A named CTE, {@code WITH RECURSIVE} when {@code recursive}; continue with {@link Cte#unionAll}. */
    public Cte cte(String name, boolean recursive) {
        return new Cte(this, requireName(name), recursive, null);
    }

    /**
     * A named CTE with SQLAlchemy's {@code recursive} and {@code nesting} flags: a nesting CTE is defined in a WITH
     * clause of the SELECT that refers to it ({@code WITH cte AS (WITH nesting AS (…) SELECT …)}), not at the top of
     * the whole statement.
     */
    public Cte cte(String name, boolean recursive, boolean nesting) {
        return new Cte(this, requireName(name), recursive, nesting, null);
    }

    /** This one-column SELECT as a value, {@code (SELECT …)}, correlated to the enclosing statement. */
    public <T> ScalarSubquery<T> scalarSubquery() {
        return new ScalarSubquery<>(this);
    }

    /** {@code (SELECT …) AS name}: the scalar subquery, labelled. */
    public <T> Label<T> label(String name) {
        return this.<T>scalarSubquery().label(name);
    }

    /** {@code EXISTS (SELECT …)}. */
    public Exists exists() {
        return new Exists(this);
    }

    /** {@code this UNION others…}. */
    public CompoundSelect union(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, prepend(others));
    }

    /** {@code this UNION ALL others…}. */
    public CompoundSelect unionAll(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, prepend(others));
    }

    /** {@code this INTERSECT others…}. */
    public CompoundSelect intersect(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, prepend(others));
    }

    /** {@code this EXCEPT others…}. */
    public CompoundSelect except(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, prepend(others));
    }

    private List<SelectBase> prepend(SelectBase... others) {
        List<SelectBase> all = new ArrayList<>();
        all.add(this);
        all.addAll(List.of(others));
        return all;
    }

    /** The FETCH FIRST clause; {@code null} for none (the default). */
    public @Nullable Fetch fetchClause() {
        return null;
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A name must be non-empty; use the method without a name for an anonymous one");
        }
        return name;
    }

    static ColumnElement<?> rowCount(int value, String what) {
        if (value < 0) {
            throw new ArgumentError(what + " must not be negative, got " + value);
        }
        return BindParameter.anonymous("param", value, null);
    }
}
