package io.alchemy.sql;

import java.util.List;

/**
 * A common table expression: {@code WITH anon_1 AS (SELECT …) SELECT … FROM anon_1}. Referring to it anywhere in
 * a statement (FROM, joins, subqueries) puts it in the statement's WITH clause once. A recursive CTE is built with
 * {@code select(…).cte("name", true)} then {@link #unionAll} of a SELECT that refers to it. On PostgreSQL an
 * INSERT, UPDATE or DELETE with RETURNING can be a CTE too ({@code insert(…).returning(…).cte("new_rows")}).
 */
public final class Cte extends AliasedFrom {
    private final Statement statement;
    private final boolean recursive;
    private final Object nameIdentity;

    Cte(SelectBase select, String name, boolean recursive, Object nameIdentity) {
        this(select, select.selectColumns(), name, recursive, nameIdentity);
    }

    /** A data-modifying CTE: its columns are the RETURNING columns. */
    Cte(DmlStatement dml, String name) {
        this(dml, SelectColumn.listOf(dml.returningList()), name, false, null);
    }

    private Cte(Statement statement, java.util.List<SelectColumn> columns, String name, boolean recursive,
            Object nameIdentity) {
        super(name, columns);
        this.statement = statement;
        this.recursive = recursive;
        this.nameIdentity = nameIdentity == null ? this : nameIdentity;
    }

    /** The CTE's statement: a SELECT (or compound), or an INSERT/UPDATE/DELETE with RETURNING. */
    public Statement statement() {
        return statement;
    }

    /** The CTE's SELECT; {@link io.alchemy.exc.ArgumentError} for a data-modifying CTE. */
    public SelectBase select() {
        if (statement instanceof SelectBase select) {
            return select;
        }
        throw new io.alchemy.exc.ArgumentError("This CTE holds a " + statement.kind() + ", not a SELECT");
    }

    /** Whether this is {@code WITH RECURSIVE}. */
    public boolean isRecursive() {
        return recursive;
    }

    /** The same CTE whose SELECT is {@code this SELECT UNION ALL other}, for recursive CTEs; same name. */
    public Cte unionAll(SelectBase other) {
        return new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, List.of(select(), other)), name(), recursive,
                nameIdentity);
    }

    /** The same CTE whose SELECT is {@code this SELECT UNION other}. */
    public Cte union(SelectBase other) {
        return new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION, List.of(select(), other)), name(), recursive,
                nameIdentity);
    }

    @Override
    public Object nameIdentity() {
        return nameIdentity;
    }

    @Override
    public String anonymousBase() {
        return "anon";
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitCte(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name(), recursive).add(statement);
    }
}
