package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code SELECT}: immutable and generative, every method returns a new statement, so a statement can be shared
 * between threads and extended freely. The FROM clause is inferred from the columns and criteria (in order of
 * first appearance) unless {@link #selectFrom} or the joins say otherwise; {@link #join} infers its ON clause from
 * the single foreign key between the two sides.
 *
 * <p>{@code T} is the type of the statement's first column, the type {@code scalars(select)} returns:
 * {@code select(User.class)} is a {@code Select<User>}, {@code select(User_.name)} a {@code Select<String>}; a SELECT
 * of several columns or of a table is a {@code Select<Object>} (read its rows, or its first column with
 * {@code scalars(stmt, type)}). Every builder method keeps {@code T} except {@link #withOnlyColumns}.
 *
 * <p>Generative: every builder method ({@code where}, {@code values}, {@code orderBy}, …) returns a new statement
 * and leaves this one unchanged, so use its result ({@code stmt = stmt.where(x)}); a dropped result is flagged by
 * errorprone's {@code @CheckReturnValue}, which this package carries.
 *
 * @param <T> the Java type of the first column (or mapped class) of each row
 */
public final class Select<T> extends SelectBase {

    /** How a SELECT embedded in another statement treats the enclosing statement's FROM elements. */
    public enum Correlation { AUTO, ONLY, EXCEPT, NONE }

    /**
     * Joins added before {@link #withOnlyColumns} replaced the columns clause, kept with the columns (and
     * column-clause joins) they were added against: their implicit left side is found among those, as SQLAlchemy's
     * memoized select entities do (its issue #6503), so {@code select(parent).join(child).withOnlyColumns(child.c("id"))}
     * still selects FROM parent JOIN child.
     *
     * @param columns the columns clause the joins were added to
     * @param columnFroms the joins given as entities of that columns clause
     * @param joins the joins
     */
    public record JoinGroup(List<ColumnElement<?>> columns, List<FromClause> columnFroms, List<JoinSpec> joins) {
        /** Copies the lists. */
        public JoinGroup {
            columns = List.copyOf(columns);
            columnFroms = List.copyOf(columnFroms);
            joins = List.copyOf(joins);
        }
    }

    private final List<ColumnElement<?>> columns;
    private final List<FromClause> explicitFroms;
    private final List<FromClause> columnFroms;
    private final List<JoinSpec> joins;
    private final List<JoinGroup> earlierJoins;
    private final List<ColumnElement<?>> where;
    private final List<ColumnElement<?>> groupBy;
    private final List<ColumnElement<?>> having;
    private final List<ColumnElement<?>> orderBy;
    private final ColumnElement<?> limit;
    private final ColumnElement<?> offset;
    private final @Nullable Fetch fetch;
    private final LabelStyle labelStyle;
    private final List<String> prefixes;
    private final boolean distinct;
    private final List<ColumnElement<?>> distinctOn;
    private final ForUpdate forUpdate;
    private final Correlation correlation;
    private final List<FromClause> correlateFroms;
    private final List<ExecutableOption> options;
    private final Object typedBy;
    private volatile List<SelectColumn> selectColumns;

    private Select(Builder b) {
        this.typedBy = b.typedBy;
        this.columns = List.copyOf(b.columns);
        this.explicitFroms = List.copyOf(b.explicitFroms);
        this.columnFroms = List.copyOf(b.columnFroms);
        this.joins = List.copyOf(b.joins);
        this.earlierJoins = List.copyOf(b.earlierJoins);
        this.where = List.copyOf(b.where);
        this.groupBy = List.copyOf(b.groupBy);
        this.having = List.copyOf(b.having);
        this.orderBy = List.copyOf(b.orderBy);
        this.limit = b.limit;
        this.offset = b.offset;
        this.fetch = b.fetch;
        this.labelStyle = b.labelStyle;
        this.prefixes = List.copyOf(b.prefixes);
        this.distinct = b.distinct;
        this.distinctOn = List.copyOf(b.distinctOn);
        this.forUpdate = b.forUpdate;
        this.correlation = b.correlation;
        this.correlateFroms = List.copyOf(b.correlateFroms);
        this.options = List.copyOf(b.options);
    }

    /**
     * This SELECT with other WHERE and ORDER BY lists, every other part shared: the generative calls that only add
     * criteria or orderings (the most frequent ones) make no builder and copy no other list.
     */
    private Select(Select<T> source, List<ColumnElement<?>> where, List<ColumnElement<?>> orderBy) {
        this.typedBy = source.typedBy;
        this.columns = source.columns;
        this.explicitFroms = source.explicitFroms;
        this.columnFroms = source.columnFroms;
        this.joins = source.joins;
        this.earlierJoins = source.earlierJoins;
        this.where = where;
        this.groupBy = source.groupBy;
        this.having = source.having;
        this.orderBy = orderBy;
        this.limit = source.limit;
        this.offset = source.offset;
        this.fetch = source.fetch;
        this.labelStyle = source.labelStyle;
        this.prefixes = source.prefixes;
        this.distinct = source.distinct;
        this.distinctOn = source.distinctOn;
        this.forUpdate = source.forUpdate;
        this.correlation = source.correlation;
        this.correlateFroms = source.correlateFroms;
        this.options = source.options;
    }

    /** {@code list} followed by {@code added}, as an immutable list (one copy). */
    private static List<ColumnElement<?>> appended(List<ColumnElement<?>> list, List<ColumnElement<?>> added) {
        Object[] all = new Object[list.size() + added.size()];
        for (int i = 0; i < list.size(); i++) {
            all[i] = list.get(i);
        }
        for (int i = 0; i < added.size(); i++) {
            all[list.size() + i] = java.util.Objects.requireNonNull(added.get(i), "expression");
        }
        @SuppressWarnings("unchecked")
        List<ColumnElement<?>> result = (List<ColumnElement<?>>) (List<?>) java.util.Collections.unmodifiableList(
                Arrays.asList(all));
        return result;
    }

    /**
     * {@code SELECT entities…}: column expressions, FROM elements standing for all their columns, and mapped classes
     * (through the {@link EntityResolver} of alchemy-orm).
     */
    public static Select<Object> of(Object... entities) {
        Builder b = new Builder();
        addEntities(b, entities);
        return new Select<>(b);
    }

    /** {@code SELECT} of one mapped class: a {@code Select<User>} whose scalars are the objects. */
    public static <T> Select<T> of(Class<T> entity) {
        return typed(entity, EntityResolvers.selectable(entity));
    }

    /** {@code SELECT} of one entity or aliased entity. */
    public static <T> Select<T> of(EntityClause<T> entity) {
        return typed(entity, entity);
    }

    /** {@code SELECT} of one column expression: a {@code Select<String>} for a {@code ColumnElement<String>}. */
    public static <T> Select<T> of(ColumnElement<T> column) {
        return typed(column, column);
    }

    private static <T> Select<T> typed(Object typedBy, Object entity) {
        Builder b = new Builder();
        addEntities(b, entity);
        b.typedBy = typedBy;
        return new Select<>(b);
    }

    /** Whether {@code T} is a mapped class ({@code select(User.class)}), whose objects only a Session builds. */
    public boolean isEntityTyped() {
        return typedBy instanceof Class<?> || typedBy instanceof EntityClause<?>;
    }

    /**
     * The Java type of the first column, what {@code T} stands for: the mapped class of {@code select(User.class)},
     * the column type's Java type of {@code select(column)}, {@code Object} otherwise.
     */
    @SuppressWarnings("unchecked")
    public Class<T> scalarType() {
        Class<?> type = Object.class;
        if (typedBy instanceof Class<?> entity) {
            type = entity;
        } else if (typedBy instanceof EntityClause<?> entity) {
            type = entity.entityClass();
        } else if (typedBy instanceof ColumnElement<?> column && column.type() != null
                && column.type().javaType() != null) {
            type = column.type().javaType();
        }
        return (Class<T>) type;
    }

    private static void addEntities(Builder b, Object... entities) {
        List<ColumnElement<?>> into = b.columns();
        for (Object entity : entities) {
            if (entity instanceof ColumnElement<?> column) {
                into.add(column);
            } else if (entity instanceof Class<?> mapped) {
                into.addAll(EntityResolvers.selectable(mapped).entityColumns());
            } else if (entity instanceof EntityClause<?> mapped) {
                into.addAll(mapped.entityColumns());
            } else if (entity instanceof TextClause text) {
                into.add(new TextElement(text));
            } else if (entity instanceof FromClause from) {
                if (from instanceof Join) {
                    // SQLAlchemy's select(join): the join itself is a FROM element, not only its tables
                    b.columnFroms().add(from);
                }
                into.addAll(from.columns());
            } else if (entity instanceof SelectBase) {
                throw new ArgumentError("A SELECT in a columns clause must be made a scalar subquery first: call "
                        + ".scalarSubquery() on it");
            } else {
                throw new ArgumentError("select() takes column expressions, tables and mapped classes; got "
                        + (entity == null ? "null" : entity.getClass().getName()));
            }
        }
    }

    private Select<T> with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return new Select<>(b);
    }

    // ---------------------------------------------------------------- columns and FROM

    /** Adds columns to the columns clause. */
    public Select<T> addColumns(Object... entities) {
        return with(b -> addEntities(b, entities));
    }

    /** Replaces the columns clause; the result is a {@code Select<Object>}. */
    public Select<Object> withOnlyColumns(Object... entities) {
        Builder b = new Builder(this);
        if (!b.joins.isEmpty()) {
            b.earlierJoins().add(new JoinGroup(b.columns, b.columnFroms, b.joins));
            b.joins = List.of();
        }
        b.columns = List.of();
        b.columnFroms = List.of();
        b.typedBy = null;
        addEntities(b, entities);
        return new Select<>(b);
    }

    /** Sets explicit FROM elements, placed first in the FROM clause. */
    public Select<T> selectFrom(FromClause... froms) {
        return with(b -> b.explicitFroms().addAll(Arrays.asList(froms)));
    }

    /**
     * Sets mapped classes as explicit FROM elements ({@code selectFrom(User.class)}, SQLAlchemy's
     * {@code select_from(User)}): each stands for the table its mapping selects from. The classes are resolved by the
     * {@link EntityResolver} on the class path (alchemy-orm's, for classes a {@code Registry} maps).
     */
    public Select<T> selectFrom(Class<?> entity, Class<?>... more) {
        return selectFrom(entityFroms(entity, more));
    }

    /**
     * Adds a {@code text()} fragment as a FROM element, written as given ({@code selectFrom(text("a LEFT OUTER JOIN b
     * ON a.id = b.a_id"))}; SQLAlchemy's {@code select_from(text(...))}).
     */
    public Select<T> selectFrom(TextClause fromText) {
        return selectFrom(new TextFrom(fromText));
    }

    /** {@code JOIN right}: the left side is the FROM element that can join it; ON from the foreign key. */
    public Select<T> join(FromClause right) {
        return join(right, null, JoinType.INNER);
    }

    /** {@code JOIN right ON onClause}. */
    public Select<T> join(FromClause right, ColumnElement<?> onClause) {
        return join(right, onClause, JoinType.INNER);
    }

    /** A join of the given type ({@link JoinType#FULL} for {@code FULL OUTER JOIN}). */
    public Select<T> join(FromClause right, ColumnElement<?> onClause, JoinType type) {
        return with(b -> b.joins().add(new JoinSpec(null, right, onClause, type)));
    }

    /** Joins along {@code path} (an ORM relationship): its target and ON clause come from the path. */
    public Select<T> join(JoinPath path) {
        return with(b -> b.joins().addAll(path.joins(JoinType.INNER)));
    }

    /** {@code LEFT OUTER JOIN} along {@code path}. */
    public Select<T> outerjoin(JoinPath path) {
        return with(b -> b.joins().addAll(path.joins(JoinType.LEFT)));
    }

    /** Adds options for a layer above Core (the ORM's loader options); they do not change the compiled SQL. */
    public Select<T> options(ExecutableOption... added) {
        return with(b -> b.options().addAll(Arrays.asList(added)));
    }

    /** The options given with {@link #options}, in order. */
    public List<ExecutableOption> getOptions() {
        return options;
    }

    /** {@code JOIN} the entity of a mapped class: {@code join(Address.class)}; ON from the foreign key. */
    public Select<T> join(Class<?> right) {
        return join(entityFrom(right));
    }

    /** {@code JOIN} the entity of a mapped class {@code ON onClause}. */
    public Select<T> join(Class<?> right, ColumnElement<?> onClause) {
        return join(entityFrom(right), onClause);
    }

    /** {@code LEFT OUTER JOIN} the entity of a mapped class; ON from the foreign key. */
    public Select<T> outerjoin(Class<?> right) {
        return outerjoin(entityFrom(right));
    }

    /** {@code LEFT OUTER JOIN} the entity of a mapped class {@code ON onClause}. */
    public Select<T> outerjoin(Class<?> right, ColumnElement<?> onClause) {
        return outerjoin(entityFrom(right), onClause);
    }

    private static FromClause entityFrom(Class<?> entity) {
        return EntityResolvers.table(entity);
    }

    private static FromClause[] entityFroms(Class<?> first, Class<?>... more) {
        FromClause[] froms = new FromClause[more.length + 1];
        froms[0] = entityFrom(first);
        for (int i = 0; i < more.length; i++) {
            froms[i + 1] = entityFrom(more[i]);
        }
        return froms;
    }

    /** {@code LEFT OUTER JOIN right}. */
    public Select<T> outerjoin(FromClause right) {
        return join(right, null, JoinType.LEFT);
    }

    /** {@code LEFT OUTER JOIN right ON onClause}. */
    public Select<T> outerjoin(FromClause right, ColumnElement<?> onClause) {
        return join(right, onClause, JoinType.LEFT);
    }

    /** {@code left JOIN right}, with an explicit left side; ON from the foreign key. */
    public Select<T> joinFrom(FromClause left, FromClause right) {
        return joinFrom(left, right, null, JoinType.INNER);
    }

    /** {@code left JOIN right ON onClause}. */
    public Select<T> joinFrom(FromClause left, FromClause right, ColumnElement<?> onClause) {
        return joinFrom(left, right, onClause, JoinType.INNER);
    }

    /** A join of the given type with an explicit left side. */
    public Select<T> joinFrom(FromClause left, FromClause right, ColumnElement<?> onClause, JoinType type) {
        return with(b -> b.joins().add(new JoinSpec(java.util.Objects.requireNonNull(left, "left"), right, onClause, type)));
    }

    /** {@code left JOIN right} with a mapped class on the left: {@code joinFrom(User.class, addressAlias)}. */
    public Select<T> joinFrom(Class<?> left, FromClause right) {
        return joinFrom(entityFrom(left), right, null, JoinType.INNER);
    }

    /** {@code left JOIN right} between mapped classes: {@code joinFrom(User.class, Address.class)}; ON from the foreign key. */
    public Select<T> joinFrom(Class<?> left, Class<?> right) {
        return joinFrom(entityFrom(left), entityFrom(right), null, JoinType.INNER);
    }

    /** {@code left JOIN right ON onClause} between mapped classes. */
    public Select<T> joinFrom(Class<?> left, Class<?> right, ColumnElement<?> onClause) {
        return joinFrom(entityFrom(left), entityFrom(right), onClause, JoinType.INNER);
    }

    /** {@code left JOIN right} with a mapped class on the right: {@code joinFrom(userAlias, Address.class)}. */
    public Select<T> joinFrom(FromClause left, Class<?> right) {
        return joinFrom(left, entityFrom(right), null, JoinType.INNER);
    }

    /** {@code left LEFT OUTER JOIN right} between mapped classes; ON from the foreign key. */
    public Select<T> outerjoinFrom(Class<?> left, Class<?> right) {
        return joinFrom(entityFrom(left), entityFrom(right), null, JoinType.LEFT);
    }

    /** {@code left LEFT OUTER JOIN right}. */
    public Select<T> outerjoinFrom(FromClause left, FromClause right) {
        return joinFrom(left, right, null, JoinType.LEFT);
    }

    /** {@code left LEFT OUTER JOIN right ON onClause} (SQLAlchemy's {@code outerjoin_from(left, right, onclause)}). */
    public Select<T> outerjoinFrom(FromClause left, FromClause right, ColumnElement<?> onClause) {
        return joinFrom(left, right, onClause, JoinType.LEFT);
    }

    // ---------------------------------------------------------------- criteria

    /** Adds WHERE criteria, joined with AND to those already there. */
    public Select<T> where(ColumnElement<?>... criteria) {
        List<ColumnElement<?>> coerced = new ArrayList<>(criteria.length);
        for (ColumnElement<?> criterion : criteria) {
            ColumnElement<?> one = Coercions.criterion(criterion);
            if (BooleanClauseList.restricts(one)) {
                coerced.add(one);
            }
        }
        return coerced.isEmpty() ? this : new Select<>(this, appended(where, coerced), orderBy);
    }

    /** Adds a textual WHERE criterion, {@code where(text("x > :x"))}; its {@code :name}s are parameters. */
    public Select<T> where(TextClause criterion) {
        return where(new TextElement(criterion));
    }

    /** Same as {@link #where}. */
    public Select<T> filter(ColumnElement<?>... criteria) {
        return where(criteria);
    }

    /**
     * Equality criteria on the columns of the last joined element, or else of the first FROM element:
     * {@code filterBy(Map.of("name", "spongebob"))}. Keys are applied in that element's column order.
     */
    public Select<T> filterBy(Map<String, ?> criteria) {
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
        if (!earlierJoins.isEmpty()) {
            List<JoinSpec> last = earlierJoins.get(earlierJoins.size() - 1).joins();
            return last.get(last.size() - 1).right();
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

    /**
     * Adds GROUP BY expressions (or names of columns of this SELECT); a single {@code null} removes those already
     * there (SQLAlchemy's {@code group_by(None)}).
     */
    public Select<T> groupBy(Object... expressions) {
        if (OrderByList.isReset(expressions)) {
            return with(b -> b.groupBy = List.of());
        }
        return with(b -> b.groupBy().addAll(OrderByList.of(expressions)));
    }

    /** Adds HAVING criteria, joined with AND. */
    public Select<T> having(ColumnElement<?>... criteria) {
        return with(b -> {
            List<ColumnElement<?>> into = b.having();
            for (ColumnElement<?> criterion : criteria) {
                ColumnElement<?> one = Coercions.criterion(criterion);
                if (BooleanClauseList.restricts(one)) {
                    into.add(one);
                }
            }
        });
    }

    /**
     * Adds ORDER BY expressions; strings name a label or column of this SELECT ({@code "user_id"}). A single
     * {@code null} removes those already there (SQLAlchemy's {@code order_by(None)}).
     */
    public Select<T> orderBy(Object... expressions) {
        if (OrderByList.isReset(expressions)) {
            return with(b -> b.orderBy = List.of());
        }
        return new Select<>(this, where, appended(orderBy, OrderByList.of(expressions)));
    }

    /** {@code LIMIT n}, bound as a parameter, in each database's syntax; replaces a {@link #fetch}. */
    public Select<T> limit(int rows) {
        return with(b -> {
            b.limit = rowCount(rows, "LIMIT");
            b.fetch = null;
        });
    }

    /**
     * {@code LIMIT expression}: an expression rendered as it is ({@code literalColumn("Q")}, a
     * {@code bindparam("x")}, a column); replaces a {@link #fetch}.
     */
    public Select<T> limit(ColumnElement<?> rows) {
        return with(b -> {
            b.limit = java.util.Objects.requireNonNull(rows, "rows");
            b.fetch = null;
        });
    }

    /** {@code OFFSET n}. */
    public Select<T> offset(int rows) {
        return with(b -> b.offset = rowCount(rows, "OFFSET"));
    }

    /** This SELECT without its LIMIT and OFFSET (SQLAlchemy's {@code limit(None).offset(None)}). */
    public Select<T> withoutLimitOffset() {
        return with(b -> {
            b.limit = null;
            b.offset = null;
        });
    }

    /** {@code OFFSET expression}, rendered as it is. */
    public Select<T> offset(ColumnElement<?> rows) {
        return with(b -> b.offset = java.util.Objects.requireNonNull(rows, "rows"));
    }

    /**
     * SQLAlchemy's {@code slice(start, stop)}: {@code LIMIT stop - start OFFSET start} (the offset omitted when
     * {@code start} is 0); replaces a {@link #fetch}.
     */
    public Select<T> slice(int start, int stop) {
        if (start < 0 || stop < start) {
            throw new ArgumentError("slice needs 0 <= start <= stop, got " + start + ", " + stop);
        }
        return with(b -> {
            b.limit = rowCount(stop - start, "LIMIT");
            b.offset = start == 0 ? null : rowCount(start, "OFFSET");
            b.fetch = null;
        });
    }

    /** The standard {@code FETCH FIRST n ROWS ONLY}, bound as a parameter; replaces a {@link #limit}. */
    public Select<T> fetch(int rows) {
        return fetch(rows, false, false);
    }

    /** {@code FETCH FIRST expression ROWS ONLY}, the expression rendered as it is; replaces a {@link #limit}. */
    public Select<T> fetch(ColumnElement<?> rows) {
        return fetch(rows, false, false);
    }

    /**
     * {@code FETCH FIRST n [PERCENT] ROWS ONLY | WITH TIES}: {@code percent} counts a percentage of the rows,
     * {@code withTies} also returns the rows that tie with the last one in ORDER BY order; replaces a
     * {@link #limit}. A database without the FETCH clause ({@link SqlDialect}'s capability) refuses it at compile
     * time.
     */
    public Select<T> fetch(int rows, boolean percent, boolean withTies) {
        return fetch(rowCount(rows, "FETCH"), percent, withTies);
    }

    /** {@link #fetch(int, boolean, boolean)} with an expression rendered as it is. */
    public Select<T> fetch(ColumnElement<?> rows, boolean percent, boolean withTies) {
        Fetch clause = new Fetch(java.util.Objects.requireNonNull(rows, "rows"), percent, withTies);
        return with(b -> {
            b.fetch = clause;
            b.limit = null;
        });
    }

    /**
     * How the columns clause names its columns: {@link LabelStyle#TABLENAME_PLUS_COL} labels table columns
     * {@code <table>_<column>} (SQLAlchemy's {@code set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL)}).
     */
    public Select<T> setLabelStyle(LabelStyle style) {
        java.util.Objects.requireNonNull(style, "style");
        return with(b -> b.labelStyle = style);
    }

    /** The label style of the columns clause. */
    public LabelStyle labelStyle() {
        return labelStyle;
    }

    /**
     * Adds a word placed right after {@code SELECT} ({@code prefixWith("SQL_CALC_FOUND_ROWS")}), rendered as given:
     * it is SQL, never a value.
     */
    public Select<T> prefixWith(String prefix) {
        java.util.Objects.requireNonNull(prefix, "prefix");
        return with(b -> b.prefixes().add(prefix));
    }

    /** {@code SELECT DISTINCT}. */
    public Select<T> distinct() {
        return with(b -> b.distinct = true);
    }

    /**
     * PostgreSQL's {@code SELECT DISTINCT ON (expressions)}: one row per distinct value of the expressions (the first
     * in ORDER BY order). Other databases raise a {@link io.alchemy.exc.CompileError} at compile time (SQLAlchemy
     * 2.0 renders a plain DISTINCT there with a deprecation warning, a different result; see docs/design).
     */
    public Select<T> distinct(ColumnElement<?>... on) {
        List<ColumnElement<?>> expressions = List.of(on);
        return with(b -> {
            b.distinct = true;
            b.distinctOn().addAll(expressions);
        });
    }

    /**
     * {@code SELECT DISTINCT ON (…)} by names: a label of this SELECT (rendered by name) or a column of its FROM
     * elements, as {@link #orderBy} resolves names (SQLAlchemy's {@code distinct("name")}).
     */
    public Select<T> distinct(String... names) {
        List<ColumnElement<?>> expressions = new java.util.ArrayList<>();
        for (String name : names) {
            expressions.add(new LabelReference(name));
        }
        return distinct(expressions.toArray(ColumnElement<?>[]::new));
    }

    /** {@code FOR UPDATE}. */
    public Select<T> forUpdate() {
        return forUpdate(ForUpdate.UPDATE);
    }

    /** A row-locking clause: {@code forUpdate(ForUpdate.UPDATE.withSkipLocked())}. */
    public Select<T> forUpdate(ForUpdate clause) {
        return with(b -> b.forUpdate = clause);
    }

    // ---------------------------------------------------------------- correlation

    /**
     * Embedded in another statement, omit exactly these FROM elements (found in the enclosing statement);
     * with no arguments, correlate nothing.
     */
    public Select<T> correlate(FromClause... froms) {
        return with(b -> {
            b.correlation = froms.length == 0 ? Correlation.NONE : Correlation.ONLY;
            b.correlateFroms = List.of(froms);
        });
    }

    /**
     * {@link #correlate(FromClause...)} with mapped classes: omit the tables of these classes when they are found in
     * the enclosing statement ({@code correlate(User.class)}).
     */
    public Select<T> correlate(Class<?> entity, Class<?>... more) {
        return correlate(entityFroms(entity, more));
    }

    /** {@link #correlateExcept(FromClause...)} with mapped classes. */
    public Select<T> correlateExcept(Class<?> entity, Class<?>... more) {
        return correlateExcept(entityFroms(entity, more));
    }

    /** Embedded in another statement, correlate every enclosing FROM element except these. */
    public Select<T> correlateExcept(FromClause... froms) {
        return with(b -> {
            b.correlation = Correlation.EXCEPT;
            b.correlateFroms = List.of(froms);
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
            result = labelStyle == LabelStyle.TABLENAME_PLUS_COL ? SelectColumn.listWithTableNames(columns)
                    : SelectColumn.listOf(columns);
            selectColumns = result;
        }
        return result;
    }

    public List<FromClause> explicitFroms() {
        return explicitFroms;
    }

    /**
     * The joins given as entities of the columns clause ({@code select(a.join(b, on))}): FROM elements in their own
     * right, cleared by {@link #withOnlyColumns}.
     */
    public List<FromClause> columnFroms() {
        return columnFroms;
    }

    /** The joins added before {@link #withOnlyColumns} replaced the columns they were added against. */
    public List<JoinGroup> earlierJoins() {
        return earlierJoins;
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

    /** The FETCH FIRST clause, or {@code null}. */
    @Override
    public @Nullable Fetch fetchClause() {
        return fetch;
    }

    /** The words of {@link #prefixWith}, in order. */
    public List<String> prefixes() {
        return prefixes;
    }

    public boolean isDistinct() {
        return distinct;
    }

    /** The expressions of {@code DISTINCT ON (…)}; empty for none. */
    public List<ColumnElement<?>> distinctOn() {
        return distinctOn;
    }

    /** The row-locking clause, or {@code null}. */
    public @Nullable ForUpdate forUpdateClause() {
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
        key.addAll(columns).add(columnFroms.size()).addAll(columnFroms).addAll(explicitFroms).add(joins.size());
        joins.forEach(j -> j.addCacheKey(key));
        key.add(earlierJoins.size());
        for (JoinGroup group : earlierJoins) {
            key.add(group.columns().size()).addAll(group.columns()).add(group.columnFroms().size())
                    .addAll(group.columnFroms()).add(group.joins().size());
            group.joins().forEach(j -> j.addCacheKey(key));
        }
        key.add(fetch == null ? null : List.of(fetch.percent(), fetch.withTies())).add(fetch == null ? null : fetch.rows())
                .add(prefixes, labelStyle);
        key.addAll(where).addAll(groupBy).addAll(having).addAll(orderBy).add(limit).add(offset)
                .add(distinct, forUpdate == null ? null
                        : List.of(forUpdate.read(), forUpdate.nowait(), forUpdate.skipLocked(), forUpdate.keyShare()),
                        correlation)
                .addAll(correlateFroms).addAll(distinctOn);
        if (forUpdate != null) {
            key.addAll(forUpdate.of());
        }
    }

    /**
     * The parts of a SELECT being derived from another: each list is the source statement's own (immutable, shared)
     * until changed, and copied only then, so a generative call copies only the list it changes.
     */
    private static final class Builder {
        List<ColumnElement<?>> columns = List.of();
        List<FromClause> explicitFroms = List.of();
        List<FromClause> columnFroms = List.of();
        List<JoinSpec> joins = List.of();
        List<JoinGroup> earlierJoins = List.of();
        List<ColumnElement<?>> where = List.of();
        List<ColumnElement<?>> groupBy = List.of();
        List<ColumnElement<?>> having = List.of();
        List<ColumnElement<?>> orderBy = List.of();
        ColumnElement<?> limit;
        ColumnElement<?> offset;
        Fetch fetch;
        LabelStyle labelStyle = LabelStyle.DISAMBIGUATE_ONLY;
        List<String> prefixes = List.of();
        boolean distinct;
        List<ColumnElement<?>> distinctOn = List.of();
        ForUpdate forUpdate;
        Correlation correlation = Correlation.AUTO;
        List<FromClause> correlateFroms = List.of();
        List<ExecutableOption> options = List.of();
        Object typedBy;

        Builder() {
        }

        Builder(Select<?> s) {
            typedBy = s.typedBy;
            columns = s.columns;
            explicitFroms = s.explicitFroms;
            columnFroms = s.columnFroms;
            joins = s.joins;
            earlierJoins = s.earlierJoins;
            where = s.where;
            groupBy = s.groupBy;
            having = s.having;
            orderBy = s.orderBy;
            limit = s.limit;
            offset = s.offset;
            fetch = s.fetch;
            labelStyle = s.labelStyle;
            prefixes = s.prefixes;
            distinct = s.distinct;
            distinctOn = s.distinctOn;
            forUpdate = s.forUpdate;
            correlation = s.correlation;
            correlateFroms = s.correlateFroms;
            options = s.options;
        }

        /** {@code list} itself when this builder already owns it (an ArrayList it made), else a copy it owns. */
        private static <E> List<E> owned(List<E> list) {
            return list instanceof ArrayList<E> mine ? mine : new ArrayList<>(list);
        }

        List<ColumnElement<?>> columns() {
            return columns = owned(columns);
        }

        List<FromClause> columnFroms() {
            return columnFroms = owned(columnFroms);
        }

        List<FromClause> explicitFroms() {
            return explicitFroms = owned(explicitFroms);
        }

        List<JoinSpec> joins() {
            return joins = owned(joins);
        }

        List<JoinGroup> earlierJoins() {
            return earlierJoins = owned(earlierJoins);
        }

        List<ColumnElement<?>> where() {
            return where = owned(where);
        }

        List<ColumnElement<?>> groupBy() {
            return groupBy = owned(groupBy);
        }

        List<ColumnElement<?>> having() {
            return having = owned(having);
        }

        List<ColumnElement<?>> orderBy() {
            return orderBy = owned(orderBy);
        }

        List<String> prefixes() {
            return prefixes = owned(prefixes);
        }

        List<ColumnElement<?>> distinctOn() {
            return distinctOn = owned(distinctOn);
        }

        List<ExecutableOption> options() {
            return options = owned(options);
        }
    }
}
