package io.alchemy.sql;

import org.jspecify.annotations.Nullable;
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
    private final boolean nesting;
    private final Object nameIdentity;
    private final @Nullable Cte aliasOf;
    private @Nullable Cte restated;

    Cte(SelectBase select, String name, boolean recursive, Object nameIdentity) {
        this(select, name, recursive, false, nameIdentity);
    }

    Cte(SelectBase select, String name, boolean recursive, boolean nesting, Object nameIdentity) {
        this(select, select.selectColumns(), name, recursive, nesting, nameIdentity, null);
    }

    /** A data-modifying CTE: its columns are the RETURNING columns. */
    Cte(DmlStatement dml, String name) {
        this(dml, SelectColumn.listOf(dml.returningList()), name, false, false, null, null);
    }

    private Cte(Statement statement, java.util.List<SelectColumn> columns, String name, boolean recursive,
            boolean nesting, Object nameIdentity, @Nullable Cte aliasOf) {
        super(name, columns);
        this.statement = statement;
        this.recursive = recursive;
        this.nesting = nesting;
        this.nameIdentity = nameIdentity == null ? this : nameIdentity;
        this.aliasOf = aliasOf;
    }

    /**
     * Another name for this CTE in a FROM clause, {@code FROM cte_name AS alias_name} (SQLAlchemy's
     * {@code cte.alias("name")}); the CTE itself is defined once in the WITH clause. Anonymous: {@code anon_1}.
     */
    public Cte alias() {
        return aliasNamed(null);
    }

    /** A named alias of this CTE: {@code FROM cte_name AS name}. */
    public Cte alias(String name) {
        return aliasNamed(SelectBase.requireName(name));
    }

    private Cte aliasNamed(@Nullable String name) {
        Cte target = aliasOf != null ? aliasOf : this;
        return new Cte(statement, columnSources(), name, recursive, nesting, null, target);
    }

    private java.util.List<SelectColumn> columnSources() {
        java.util.List<SelectColumn> sources = new java.util.ArrayList<>();
        for (DerivedColumn<?> column : columns()) {
            sources.add(column.source());
        }
        return sources;
    }

    /** The CTE this one is an alias of ({@link #alias}), or {@code null}. */
    public @Nullable Cte aliasOf() {
        return aliasOf;
    }

    /**
     * Whether the CTE is defined in a WITH clause of the statement that refers to it (a subquery, another CTE's body)
     * rather than at the top of the whole statement (SQLAlchemy's {@code nesting=True}).
     */
    public boolean isNesting() {
        return nesting;
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

    /** The same CTE whose SELECT is {@code this SELECT UNION ALL others…}, for recursive CTEs; same name. */
    public Cte unionAll(SelectBase... others) {
        return restating(new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, withSelect(others)), name(),
                recursive, nesting, nameIdentity));
    }

    /** The same CTE whose SELECT is {@code this SELECT UNION others…}. */
    public Cte union(SelectBase... others) {
        return restating(new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION, withSelect(others)), name(), recursive,
                nesting, nameIdentity));
    }

    private Cte restating(Cte extended) {
        extended.restated = this;
        return extended;
    }

    /**
     * Whether this CTE is a later form of {@code earlier} (built from it by {@link #union} / {@link #unionAll}),
     * whose definition then replaces the earlier one's in a WITH clause.
     */
    public boolean restates(Cte earlier) {
        for (Cte c = restated; c != null; c = c.restated) {
            if (c == earlier) {
                return true;
            }
        }
        return false;
    }

    private List<SelectBase> withSelect(SelectBase... others) {
        List<SelectBase> all = new java.util.ArrayList<>();
        all.add(select());
        all.addAll(List.of(others));
        return all;
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
        key.add(name(), recursive, nesting).add(statement);
        if (aliasOf != null) {
            key.add(aliasOf);
        }
        // the CTE a union() restated: a statement naming both renders the restated form once, in the first's place
        key.add(restated != null);
        if (restated != null) {
            key.add(restated);
        }
    }

    /** The SQL of the statement inside, printed with the default dialect (SQLAlchemy's {@code str()}). */
    @Override
    public String toString() {
        return statement().toString();
    }
}
