package io.alchemy.sql;

/**
 * A SELECT used as a FROM element, {@code (SELECT …) AS anon_1}; its columns are the SELECT's, under the names
 * the SELECT gives them. A LATERAL subquery ({@code JOIN LATERAL (…)}) may refer to the FROM elements before it.
 */
public final class Subquery extends AliasedFrom {
    private final SelectBase select;
    private final boolean lateral;

    Subquery(SelectBase select, String name, boolean lateral) {
        super(name, select.selectColumns());
        this.select = select;
        this.lateral = lateral;
    }

    /** The SELECT. */
    public SelectBase select() {
        return select;
    }

    /** This SELECT under another name, {@code (SELECT …) AS aliasName}. */
    public Subquery alias(String aliasName) {
        return new Subquery(select, SelectBase.requireName(aliasName), lateral);
    }

    /** This SELECT under an anonymous name, {@code (SELECT …) AS anon_1}. */
    public Subquery alias() {
        return new Subquery(select, null, lateral);
    }

    /** Whether this is {@code LATERAL (…)}. */
    public boolean isLateral() {
        return lateral;
    }

    @Override
    public String anonymousBase() {
        return "anon";
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitSubquery(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name(), lateral).add(select);
    }

    /** The SQL of the statement inside, printed with the default dialect (SQLAlchemy's {@code str()}). */
    @Override
    public String toString() {
        return select().toString();
    }
}
