package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code SELECT}: immutable and generative, every method returns a new statement, so a statement can be shared
 * between threads and extended freely. The FROM clause is inferred from the columns and criteria (in order of
 * first appearance) unless {@link #selectFrom} or the joins say otherwise; {@link #join} infers its ON clause from
 * the single foreign key between the two sides.
 */
public final class Select extends SelectBase {

    /** How a SELECT embedded in another statement treats the enclosing statement's FROM elements. */
    public enum Correlation { AUTO, ONLY, EXCEPT, NONE }

    private final List<ColumnElement<?>> columns;
    private final List<FromClause> explicitFroms;
    private final List<JoinSpec> joins;
    private final List<ColumnElement<?>> where;
    private final List<ColumnElement<?>> groupBy;
    private final List<ColumnElement<?>> having;
    private final List<ColumnElement<?>> orderBy;
    private final ColumnElement<?> limit;
    private final ColumnElement<?> offset;
    private final boolean distinct;
    private final ForUpdate forUpdate;
    private final Correlation correlation;
    private final List<FromClause> correlateFroms;
    private final List<ExecutableOption> options;
    private volatile List<SelectColumn> selectColumns;

    private Select(Builder b) {
        this.columns = List.copyOf(b.columns);
        this.explicitFroms = List.copyOf(b.explicitFroms);
        this.joins = List.copyOf(b.joins);
        this.where = List.copyOf(b.where);
        this.groupBy = List.copyOf(b.groupBy);
        this.having = List.copyOf(b.having);
        this.orderBy = List.copyOf(b.orderBy);
        this.limit = b.limit;
        this.offset = b.offset;
        this.distinct = b.distinct;
        this.forUpdate = b.forUpdate;
        this.correlation = b.correlation;
        this.correlateFroms = List.copyOf(b.correlateFroms);
        this.options = List.copyOf(b.options);
    }

    /** {@code SELECT entities…}: column expressions, and FROM elements standing for all their columns. */
    public static Select of(Object... entities) {
        Builder b = new Builder();
        addEntities(b.columns, entities);
        return new Select(b);
    }

    private static void addEntities(List<ColumnElement<?>> into, Object... entities) {
        for (Object entity : entities) {
            if (entity instanceof ColumnElement<?> column) {
                into.add(column);
            } else if (entity instanceof TextClause text) {
                into.add(new TextElement(text));
            } else if (entity instanceof FromClause from) {
                into.addAll(from.columns());
            } else if (entity instanceof SelectBase) {
                throw new ArgumentError("A SELECT in a columns clause must be made a scalar subquery first: call "
                        + ".scalarSubquery() on it");
            } else {
                throw new ArgumentError("select() takes column expressions and tables; got "
                        + (entity == null ? "null" : entity.getClass().getName()));
            }
        }
    }

    private Select with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return new Select(b);
    }

    // ---------------------------------------------------------------- columns and FROM

    /** Adds columns to the columns clause. */
    public Select addColumns(Object... entities) {
        return with(b -> addEntities(b.columns, entities));
    }

    /** Replaces the columns clause. */
    public Select withOnlyColumns(Object... entities) {
        return with(b -> {
            b.columns.clear();
            addEntities(b.columns, entities);
        });
    }

    /** Sets explicit FROM elements, placed first in the FROM clause. */
    public Select selectFrom(FromClause... froms) {
        return with(b -> b.explicitFroms.addAll(Arrays.asList(froms)));
    }

    /** {@code JOIN right}: the left side is the FROM element that can join it; ON from the foreign key. */
    public Select join(FromClause right) {
        return join(right, null, JoinType.INNER);
    }

    /** {@code JOIN right ON onClause}. */
    public Select join(FromClause right, ColumnElement<?> onClause) {
        return join(right, onClause, JoinType.INNER);
    }

    /** A join of the given type ({@link JoinType#FULL} for {@code FULL OUTER JOIN}). */
    public Select join(FromClause right, ColumnElement<?> onClause, JoinType type) {
        return with(b -> b.joins.add(new JoinSpec(null, right, onClause, type)));
    }

    /** Joins along {@code path} (an ORM relationship): its target and ON clause come from the path. */
    public Select join(JoinPath path) {
        return with(b -> b.joins.addAll(path.joins(JoinType.INNER)));
    }

    /** {@code LEFT OUTER JOIN} along {@code path}. */
    public Select outerjoin(JoinPath path) {
        return with(b -> b.joins.addAll(path.joins(JoinType.LEFT)));
    }

    /** Adds options for a layer above Core (the ORM's loader options); they do not change the compiled SQL. */
    public Select options(ExecutableOption... added) {
        return with(b -> b.options.addAll(Arrays.asList(added)));
    }

    /** The options given with {@link #options}, in order. */
    public List<ExecutableOption> getOptions() {
        return options;
    }

    /** {@code LEFT OUTER JOIN right}. */
    public Select outerjoin(FromClause right) {
        return join(right, null, JoinType.LEFT);
    }

    /** {@code LEFT OUTER JOIN right ON onClause}. */
    public Select outerjoin(FromClause right, ColumnElement<?> onClause) {
        return join(right, onClause, JoinType.LEFT);
    }

    /** {@code left JOIN right}, with an explicit left side; ON from the foreign key. */
    public Select joinFrom(FromClause left, FromClause right) {
        return joinFrom(left, right, null, JoinType.INNER);
    }

    /** {@code left JOIN right ON onClause}. */
    public Select joinFrom(FromClause left, FromClause right, ColumnElement<?> onClause) {
        return joinFrom(left, right, onClause, JoinType.INNER);
    }

    /** A join of the given type with an explicit left side. */
    public Select joinFrom(FromClause left, FromClause right, ColumnElement<?> onClause, JoinType type) {
        return with(b -> b.joins.add(new JoinSpec(java.util.Objects.requireNonNull(left, "left"), right, onClause, type)));
    }

    /** {@code left LEFT OUTER JOIN right}. */
    public Select outerjoinFrom(FromClause left, FromClause right) {
        return joinFrom(left, right, null, JoinType.LEFT);
    }

    // ---------------------------------------------------------------- criteria

    /** Adds WHERE criteria, joined with AND to those already there. */
    public Select where(ColumnElement<?>... criteria) {
        return with(b -> Arrays.stream(criteria).map(Coercions::criterion).forEach(b.where::add));
    }

    /** Adds a textual WHERE criterion, {@code where(text("x > :x"))}; its {@code :name}s are parameters. */
    public Select where(TextClause criterion) {
        return where(new TextElement(criterion));
    }

    /** Same as {@link #where}. */
    public Select filter(ColumnElement<?>... criteria) {
        return where(criteria);
    }

    /**
     * Equality criteria on the columns of the last joined element, or else of the first FROM element:
     * {@code filterBy(Map.of("name", "spongebob"))}. Keys are applied in that element's column order.
     */
    public Select filterBy(Map<String, ?> criteria) {
        FromClause target = filterByTarget();
        List<? extends ColumnElement<?>> order = target.columns();
        List<String> keys = new ArrayList<>(criteria.keySet());
        keys.sort(Comparator.comparingInt(k -> indexOf(order, target.c(k))));
        List<ColumnElement<?>> conditions = new ArrayList<>();
        for (String key : keys) {
            conditions.add(target.c(key).eq(criteria.get(key)));
        }
        return where(conditions.toArray(ColumnElement<?>[]::new));
    }

    private static int indexOf(List<? extends ColumnElement<?>> columns, ColumnElement<?> column) {
        return columns.indexOf(column);
    }

    private FromClause filterByTarget() {
        if (!joins.isEmpty()) {
            return joins.get(joins.size() - 1).right();
        }
        if (!explicitFroms.isEmpty()) {
            return explicitFroms.get(0);
        }
        List<FromClause> found = new ArrayList<>();
        for (ColumnElement<?> column : columns) {
            column.collectFroms(found::add);
        }
        if (found.isEmpty()) {
            throw new InvalidRequestError("filterBy() needs a FROM element to filter; this SELECT has none");
        }
        return found.get(0);
    }

    /** Adds GROUP BY expressions (or names of columns of this SELECT). */
    public Select groupBy(Object... expressions) {
        return with(b -> b.groupBy.addAll(OrderByList.of(expressions)));
    }

    /** Adds HAVING criteria, joined with AND. */
    public Select having(ColumnElement<?>... criteria) {
        return with(b -> Arrays.stream(criteria).map(Coercions::criterion).forEach(b.having::add));
    }

    /** Adds ORDER BY expressions; strings name a label or column of this SELECT ({@code "user_id"}). */
    public Select orderBy(Object... expressions) {
        return with(b -> b.orderBy.addAll(OrderByList.of(expressions)));
    }

    /** {@code LIMIT n}, bound as a parameter, in each database's syntax. */
    public Select limit(int rows) {
        return with(b -> b.limit = rowCount(rows, "LIMIT"));
    }

    /** {@code OFFSET n}. */
    public Select offset(int rows) {
        return with(b -> b.offset = rowCount(rows, "OFFSET"));
    }

    /** {@code SELECT DISTINCT}. */
    public Select distinct() {
        return with(b -> b.distinct = true);
    }

    /** {@code FOR UPDATE}. */
    public Select forUpdate() {
        return forUpdate(ForUpdate.UPDATE);
    }

    /** A row-locking clause: {@code forUpdate(ForUpdate.UPDATE.withSkipLocked())}. */
    public Select forUpdate(ForUpdate clause) {
        return with(b -> b.forUpdate = clause);
    }

    // ---------------------------------------------------------------- correlation

    /**
     * Embedded in another statement, omit exactly these FROM elements (found in the enclosing statement);
     * with no arguments, correlate nothing.
     */
    public Select correlate(FromClause... froms) {
        return with(b -> {
            b.correlation = froms.length == 0 ? Correlation.NONE : Correlation.ONLY;
            b.correlateFroms.clear();
            b.correlateFroms.addAll(Arrays.asList(froms));
        });
    }

    /** Embedded in another statement, correlate every enclosing FROM element except these. */
    public Select correlateExcept(FromClause... froms) {
        return with(b -> {
            b.correlation = Correlation.EXCEPT;
            b.correlateFroms.clear();
            b.correlateFroms.addAll(Arrays.asList(froms));
        });
    }

    // ---------------------------------------------------------------- accessors for the compiler

    public List<ColumnElement<?>> columns() {
        return columns;
    }

    @Override
    public List<SelectColumn> selectColumns() {
        List<SelectColumn> result = selectColumns;
        if (result == null) {
            result = SelectColumn.listOf(columns);
            selectColumns = result;
        }
        return result;
    }

    public List<FromClause> explicitFroms() {
        return explicitFroms;
    }

    public List<JoinSpec> joins() {
        return joins;
    }

    public List<ColumnElement<?>> whereList() {
        return where;
    }

    public List<ColumnElement<?>> groupByList() {
        return groupBy;
    }

    public List<ColumnElement<?>> havingList() {
        return having;
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

    public boolean isDistinct() {
        return distinct;
    }

    /** The row-locking clause, or {@code null}. */
    public ForUpdate forUpdateClause() {
        return forUpdate;
    }

    public Correlation correlation() {
        return correlation;
    }

    /** The FROM elements of {@link Correlation#ONLY} or {@link Correlation#EXCEPT}. */
    public List<FromClause> correlateFroms() {
        return correlateFroms;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitSelect(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.addAll(columns).addAll(explicitFroms).add(joins.size());
        joins.forEach(j -> j.addCacheKey(key));
        key.addAll(where).addAll(groupBy).addAll(having).addAll(orderBy).add(limit).add(offset)
                .add(distinct, forUpdate == null ? null : List.of(forUpdate.read(), forUpdate.nowait(), forUpdate.skipLocked()),
                        correlation)
                .addAll(correlateFroms);
        if (forUpdate != null) {
            key.addAll(forUpdate.of());
        }
    }

    private static final class Builder {
        final List<ColumnElement<?>> columns = new ArrayList<>();
        final List<FromClause> explicitFroms = new ArrayList<>();
        final List<JoinSpec> joins = new ArrayList<>();
        final List<ColumnElement<?>> where = new ArrayList<>();
        final List<ColumnElement<?>> groupBy = new ArrayList<>();
        final List<ColumnElement<?>> having = new ArrayList<>();
        final List<ColumnElement<?>> orderBy = new ArrayList<>();
        ColumnElement<?> limit;
        ColumnElement<?> offset;
        boolean distinct;
        ForUpdate forUpdate;
        Correlation correlation = Correlation.AUTO;
        final List<FromClause> correlateFroms = new ArrayList<>();
        final List<ExecutableOption> options = new ArrayList<>();

        Builder() {
        }

        Builder(Select s) {
            columns.addAll(s.columns);
            explicitFroms.addAll(s.explicitFroms);
            joins.addAll(s.joins);
            where.addAll(s.where);
            groupBy.addAll(s.groupBy);
            having.addAll(s.having);
            orderBy.addAll(s.orderBy);
            limit = s.limit;
            offset = s.offset;
            distinct = s.distinct;
            forUpdate = s.forUpdate;
            correlation = s.correlation;
            correlateFroms.addAll(s.correlateFroms);
            options.addAll(s.options);
        }
    }
}
