package io.alchemy.sql;

import java.util.List;

/**
 * A common table expression: {@code WITH anon_1 AS (SELECT …) SELECT … FROM anon_1}. Referring to it anywhere in
 * a statement (FROM, joins, subqueries) puts it in the statement's WITH clause once. A recursive CTE is built with
 * {@code select(…).cte("name", true)} then {@link #unionAll} of a SELECT that refers to it.
 */
public final class Cte extends AliasedFrom {
    private final SelectBase select;
    private final boolean recursive;
    private final Object nameIdentity;

    Cte(SelectBase select, String name, boolean recursive, Object nameIdentity) {
        super(name, select.selectColumns());
        this.select = select;
        this.recursive = recursive;
        this.nameIdentity = nameIdentity == null ? this : nameIdentity;
    }

    /** The CTE's SELECT. */
    public SelectBase select() {
        return select;
    }

    /** Whether this is {@code WITH RECURSIVE}. */
    public boolean isRecursive() {
        return recursive;
    }

    /** The same CTE whose SELECT is {@code this SELECT UNION ALL other}, for recursive CTEs; same name. */
    public Cte unionAll(SelectBase other) {
        return new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, List.of(select, other)), name(), recursive,
                nameIdentity);
    }

    /** The same CTE whose SELECT is {@code this SELECT UNION other}. */
    public Cte union(SelectBase other) {
        return new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION, List.of(select, other)), name(), recursive,
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
        key.add(name(), recursive).add(select);
    }
}
