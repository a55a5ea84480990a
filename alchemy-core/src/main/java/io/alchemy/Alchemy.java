package io.alchemy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.ConnectionSource;
import io.alchemy.engine.Engine;
import io.alchemy.engine.EngineOptions;
import io.alchemy.engine.Engines;
import io.alchemy.schema.CheckConstraint;
import io.alchemy.schema.Column;
import io.alchemy.schema.ForeignKeyConstraint;
import io.alchemy.schema.Index;
import io.alchemy.schema.Inspector;
import io.alchemy.schema.PrimaryKeyConstraint;
import io.alchemy.schema.Sequence;
import io.alchemy.schema.TableComment;
import io.alchemy.schema.UniqueConstraint;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BooleanClauseList;
import io.alchemy.sql.Case;
import io.alchemy.sql.Cast;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompoundSelect;
import io.alchemy.sql.Constant;
import io.alchemy.sql.Delete;
import io.alchemy.sql.EntityClause;
import io.alchemy.sql.Exists;
import io.alchemy.sql.Functions;
import io.alchemy.sql.Insert;
import io.alchemy.sql.LiteralColumn;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import io.alchemy.sql.SqlElements;
import io.alchemy.sql.TableClause;
import io.alchemy.sql.TextClause;
import io.alchemy.sql.Tuple;
import io.alchemy.sql.TypeCoerce;
import io.alchemy.sql.Update;
import io.alchemy.sql.Values;
import io.alchemy.sql.WindowSpec;
import io.alchemy.types.SqlType;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The static façade, SQLAlchemy's top-level namespace: {@code import static io.alchemy.Alchemy.*;} gives
 * {@code createEngine}, {@code text}, {@code column}, {@code select}, {@code insert}, … Each method only delegates
 * to the class that does the work.
 */
public final class Alchemy {
    private Alchemy() {
    }

    // ---------------------------------------------------------------- engine (owned by the engine work)

    /** An engine over a HikariCP pool for {@code jdbcUrl}; connects lazily. */
    public static Engine createEngine(String jdbcUrl) {
        return createEngine(jdbcUrl, EngineOptions.DEFAULTS);
    }

    /** An engine over a HikariCP pool for {@code jdbcUrl} with options (echo, pool size, …); connects lazily. */
    public static Engine createEngine(String jdbcUrl, EngineOptions options) {
        return Engines.fromUrl(jdbcUrl, options);
    }

    /** An engine over the caller's {@code DataSource} (left open by {@link Engine#dispose()}). */
    public static Engine createEngine(DataSource dataSource) {
        return createEngine(dataSource, EngineOptions.DEFAULTS);
    }

    /** An engine over the caller's {@code DataSource}, with options. */
    public static Engine createEngine(DataSource dataSource, EngineOptions options) {
        return Engines.fromDataSource(dataSource, options);
    }

    /** An engine over any {@link ConnectionSource}, such as the Spring integration's transaction-aware one. */
    public static Engine createEngine(ConnectionSource source, EngineOptions options) {
        return Engines.fromSource(source, options);
    }

    /** Textual SQL with {@code :name} bind parameters, executed as written (SQLAlchemy's {@code text()}). */
    public static TextClause text(String sql) {
        return TextClause.of(sql);
    }

    // ---------------------------------------------------------------- schema and types (owned by the schema work)

    /** A table column of a type: {@code column("id", INTEGER).primaryKey()}. */
    public static <T> Column<T> column(String name, SqlType<T> type) {
        return new Column<>(name, type);
    }

    /** A column whose type comes from its foreign key target: {@code column("user_id").references("user_account.id")}. */
    public static Column<Object> column(String name) {
        return new Column<>(name, null);
    }

    /** A (composite) primary key, as a table element. */
    public static PrimaryKeyConstraint primaryKeyConstraint(String... columnNames) {
        return PrimaryKeyConstraint.of(columnNames);
    }

    /** A (composite) foreign key: columns of this table and their {@code "table.column"} targets, pairwise. */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columnNames, List<String> targets) {
        return new ForeignKeyConstraint(columnNames, targets);
    }

    /** A UNIQUE constraint over columns. */
    public static UniqueConstraint uniqueConstraint(String... columnNames) {
        return UniqueConstraint.of(columnNames);
    }

    /** A CHECK constraint with a SQL condition (trusted text, rendered verbatim). */
    public static CheckConstraint checkConstraint(String sqlText) {
        return CheckConstraint.of(sqlText);
    }

    /** An index named {@code name} over columns; {@code .unique()} for a unique one. */
    public static Index index(String name, String... columnNames) {
        return Index.of(name, columnNames);
    }

    /** A table comment, as a table element. */
    public static TableComment tableComment(String text) {
        return new TableComment(text);
    }

    /** A database sequence, for {@code column(...).sequence(...)}. */
    public static Sequence sequence(String name) {
        return Sequence.of(name);
    }

    /** An {@link Inspector} of the database {@code engine} connects to: table names, columns, keys, indexes. */
    public static Inspector inspect(Engine engine) {
        return new Inspector(engine);
    }

    /** An {@link Inspector} working through an open connection. */
    public static Inspector inspect(Connection connection) {
        return Inspector.of(connection);
    }

    // ---------------------------------------------------------------- SQL expression language (owned by the sql work)

    /** SQL functions: {@code func.count()}, {@code func.max(col)}, {@code func.call("json_each", arg)}. */
    public static final Functions func = Functions.INSTANCE;

    /**
     * {@code SELECT entities…}: column expressions, tables (a table stands for all its columns) and mapped classes.
     * Several columns make a {@code Select<Object>}; one column or class gives a typed statement (below).
     */
    public static Select<Object> select(Object... entities) {
        return Select.of(entities);
    }

    /** {@code SELECT} of a mapped class: {@code session.scalars(select(User.class))} yields {@code User}s. */
    public static <T> Select<T> select(Class<T> entity) {
        return Select.of(entity);
    }

    /** {@code SELECT} of one entity or aliased entity ({@code aliased(User.class)}). */
    public static <T> Select<T> select(EntityClause<T> entity) {
        return Select.of(entity);
    }

    /** {@code SELECT} of one column: {@code select(User_.name)} is a {@code Select<String>}. */
    public static <T> Select<T> select(ColumnElement<T> column) {
        return Select.of(column);
    }

    /** {@code INSERT INTO table}. */
    public static Insert insert(TableClause table) {
        return Insert.into(table);
    }

    /** ORM-enabled {@code INSERT} into a mapped class's table ({@code session.execute(insert(User.class), rows)}). */
    public static Insert insert(Class<?> entity) {
        return Insert.into(entity);
    }

    /** {@code UPDATE table}. */
    public static Update update(TableClause table) {
        return Update.of(table);
    }

    /** ORM-enabled {@code UPDATE} of a mapped class's table. */
    public static Update update(Class<?> entity) {
        return Update.of(entity);
    }

    /** {@code DELETE FROM table}. */
    public static Delete delete(TableClause table) {
        return Delete.from(table);
    }

    /** ORM-enabled {@code DELETE} from a mapped class's table. */
    public static Delete delete(Class<?> entity) {
        return Delete.from(entity);
    }

    /** {@code a AND b AND …}; parentheses only where precedence needs them. */
    public static ColumnElement<Boolean> and(ColumnElement<?>... criteria) {
        return BooleanClauseList.and(Arrays.asList(criteria));
    }

    /** {@code a OR b OR …}. */
    public static ColumnElement<Boolean> or(ColumnElement<?>... criteria) {
        return BooleanClauseList.or(Arrays.asList(criteria));
    }

    /**
     * {@code a AND b AND …} over criteria that may also be {@code text()} fragments (rendered as written) or Java
     * booleans / {@code null} (the {@code true}, {@code false}, {@code NULL} keywords), as SQLAlchemy's {@code and_()}.
     */
    public static ColumnElement<Boolean> and(Object... criteria) {
        return BooleanClauseList.andOf(criteria);
    }

    /** {@code a OR b OR …} over criteria that may also be {@code text()} fragments or Java booleans / {@code null}. */
    public static ColumnElement<Boolean> or(Object... criteria) {
        return BooleanClauseList.orOf(criteria);
    }

    /** The negation of a criterion ({@code NOT LIKE}, {@code !=}, {@code NOT (EXISTS (…))}, …). */
    public static ColumnElement<Boolean> not(ColumnElement<?> criterion) {
        return criterion.not();
    }

    /** A named parameter whose value comes from the execution parameters: {@code bindparam("username")}. */
    public static <T> BindParameter<T> bindparam(String name) {
        return BindParameter.named(name, null);
    }

    /** A named, typed parameter. */
    public static <T> BindParameter<T> bindparam(String name, SqlType<T> type) {
        return BindParameter.named(name, type);
    }

    /** A named, typed parameter with a default value. */
    public static <T> BindParameter<T> bindparam(String name, SqlType<T> type, T value) {
        return BindParameter.named(name, type, value);
    }

    /** A value as a bound parameter that can start an expression: {@code literal("Username: ").concat(col)}. */
    public static <T> BindParameter<T> literal(T value) {
        return BindParameter.literal(value, null);
    }

    /** A typed value as a bound parameter. */
    public static <T> BindParameter<T> literal(T value, SqlType<T> type) {
        return BindParameter.literal(value, type);
    }

    /** A column given as SQL text, rendered as written ({@code literalColumn("'some phrase'")}); never user input. */
    public static LiteralColumn<Object> literalColumn(String sql) {
        return SqlElements.literalColumn(sql, null);
    }

    /** A typed column given as SQL text. */
    public static <T> LiteralColumn<T> literalColumn(String sql, SqlType<T> type) {
        return SqlElements.literalColumn(sql, type);
    }

    /** {@code CAST(expression AS type)}; a plain value becomes a parameter. */
    public static <T> Cast<T> cast(Object expression, SqlType<T> type) {
        return SqlElements.cast(expression, type);
    }

    /**
     * {@code EXTRACT(field FROM expression)}: a field ({@code year}, {@code month}, {@code day}, {@code hour},
     * {@code dow}, …) of a date, time or interval, as each dialect spells it.
     */
    public static io.alchemy.sql.Extract extract(String field, Object expression) {
        return io.alchemy.sql.Extract.of(field, expression);
    }

    /** The expression read and bound as {@code type}, without CAST in the SQL. */
    public static <T> TypeCoerce<T> typeCoerce(Object expression, SqlType<T> type) {
        return SqlElements.typeCoerce(expression, type);
    }

    /** {@code EXISTS (SELECT …)}. */
    public static Exists exists(SelectBase select) {
        return select.exists();
    }

    /**
     * {@code EXISTS (SELECT columns…)}: with no columns {@code EXISTS (SELECT * …)}; continue with
     * {@code .where(…)}, {@code .selectFrom(…)}, {@code .correlate(…)}. A scalar subquery stands for its SELECT.
     */
    public static Exists exists(ColumnElement<?>... columns) {
        return Exists.of(columns);
    }

    /** {@code s1 UNION s2 …}. */
    public static CompoundSelect union(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, Arrays.asList(selects));
    }

    /** {@code s1 UNION ALL s2 …}. */
    public static CompoundSelect unionAll(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, Arrays.asList(selects));
    }

    /** {@code s1 INTERSECT s2 …}. */
    public static CompoundSelect intersect(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, Arrays.asList(selects));
    }

    /** {@code s1 INTERSECT ALL s2 …}. */
    public static CompoundSelect intersectAll(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT_ALL, Arrays.asList(selects));
    }

    /** {@code s1 EXCEPT s2 …}. */
    public static CompoundSelect except(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, Arrays.asList(selects));
    }

    /** {@code s1 EXCEPT ALL s2 …}. */
    public static CompoundSelect exceptAll(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT_ALL, Arrays.asList(selects));
    }

    /** {@code expression DESC}; a string names a label or column of the SELECT ({@code desc("num_addresses")}). */
    public static ColumnElement<?> desc(Object expression) {
        return SqlElements.orderable(expression).desc();
    }

    /** {@code expression ASC}; a string names a label or column of the SELECT. */
    public static ColumnElement<?> asc(Object expression) {
        return SqlElements.orderable(expression).asc();
    }

    /** {@code expression NULLS FIRST}. */
    public static <T> ColumnElement<T> nullsFirst(ColumnElement<T> expression) {
        return expression.nullsFirst();
    }

    /** {@code expression NULLS LAST}. */
    public static <T> ColumnElement<T> nullsLast(ColumnElement<T> expression) {
        return expression.nullsLast();
    }

    /** {@code DISTINCT expression}, as in {@code func.count(distinct(col))}. */
    public static <T> ColumnElement<T> distinct(ColumnElement<T> expression) {
        return expression.distinct();
    }

    /** {@code CASE WHEN condition THEN result …}: continue with {@code .when(…)} and {@code .otherwise(…)}. */
    public static <T> Case<T> caseWhen(ColumnElement<?> condition, Object result) {
        return SqlElements.caseWhen(condition, result);
    }

    /** {@code CASE value WHEN v1 THEN r1 …}: continue with {@code .when(v1, r1)}. */
    public static <T> Case<T> caseOf(ColumnElement<?> value) {
        return SqlElements.caseOf(value);
    }

    /** A row value {@code (a, b, …)}; plain values become parameters. */
    public static Tuple tuple(Object... elements) {
        return SqlElements.tuple(elements);
    }

    /** The SQL {@code NULL}. */
    public static Constant<Object> null_() {
        return Constant.nullValue();
    }

    /** The SQL {@code TRUE} ({@code 1} without a boolean type). */
    public static Constant<Boolean> true_() {
        return Constant.trueValue();
    }

    /** The SQL {@code FALSE} ({@code 0} without a boolean type). */
    public static Constant<Boolean> false_() {
        return Constant.falseValue();
    }

    /** Rows of values as a FROM element, named, with these columns: add the rows with {@code .data(…)}. */
    public static Values values(String name, ColumnClause<?>... columns) {
        return SqlElements.values(name, columns);
    }

    /** A window partitioned by these expressions, for {@code over(…)}: {@code partitionBy(col).orderBy(other)}. */
    public static WindowSpec partitionBy(ColumnElement<?>... expressions) {
        return WindowSpec.partitionedBy(expressions);
    }

    /** A window ordered by these expressions, for {@code over(…)}: {@code orderBy(col).rows(null, 0)}. */
    public static WindowSpec orderBy(Object... expressions) {
        return WindowSpec.orderedBy(expressions);
    }
}
