package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A SQL expression that produces a value of Java type {@code T}: a column, a bound parameter, a function call, an
 * operator expression. The SQL Expression Language builds on this class; {@link io.alchemy.schema.Column} is one.
 * Every operator returns a new immutable expression; plain Java values given to an operator become bound
 * parameters (never SQL text), named after the column they are compared with ({@code :name_1}).
 *
 * @param <T> the Java type of the expression's values
 */
public abstract class ColumnElement<T> implements ClauseElement {

    /** The SQL type of this expression's values; {@code null} when unknown (the driver decides). */
    public abstract @Nullable SqlType<T> type();

    // ---------------------------------------------------------------- naming, used by the compiler

    /**
     * The name this expression has in a result without a label: a column's name, a label's name; {@code null} for
     * expressions that need an anonymous label ({@code count_1}, {@code anon_1}).
     */
    public String naturalName() {
        return null;
    }

    /** The base of the anonymous label this expression gets in a columns clause: {@code anon}, or a function's name. */
    public String anonymousLabelBase() {
        return "anon";
    }

    /** The base of the names of values compared with this expression: a column's key ({@code :name_1}), else {@code param}. */
    public String bindNameBase() {
        return "param";
    }

    /** Hands every FROM element this expression refers to (tables of its columns) to {@code sink}. */
    public void collectFroms(Consumer<? super FromClause> sink) {
    }

    // ---------------------------------------------------------------- comparison

    /** {@code this = other}; {@code eq(null)} renders {@code IS NULL}. */
    public ColumnElement<Boolean> eq(Object other) {
        return other == null ? isNull() : BinaryExpression.compare(this, Operator.EQ, other);
    }

    /** {@code this != other}; {@code ne(null)} renders {@code IS NOT NULL}. */
    public ColumnElement<Boolean> ne(Object other) {
        return other == null ? isNotNull() : BinaryExpression.compare(this, Operator.NE, other);
    }

    /** {@code this < other}. */
    public ColumnElement<Boolean> lt(Object other) {
        return BinaryExpression.compare(this, Operator.LT, other);
    }

    /** {@code this <= other}. */
    public ColumnElement<Boolean> le(Object other) {
        return BinaryExpression.compare(this, Operator.LE, other);
    }

    /** {@code this > other}. */
    public ColumnElement<Boolean> gt(Object other) {
        return BinaryExpression.compare(this, Operator.GT, other);
    }

    /** {@code this >= other}. */
    public ColumnElement<Boolean> ge(Object other) {
        return BinaryExpression.compare(this, Operator.GE, other);
    }

    /** {@code this IS NULL}. */
    public ColumnElement<Boolean> isNull() {
        return BinaryExpression.compare(this, Operator.IS, Constant.nullValue());
    }

    /** {@code this IS NOT NULL}. */
    public ColumnElement<Boolean> isNotNull() {
        return BinaryExpression.compare(this, Operator.IS_NOT, Constant.nullValue());
    }

    /**
     * {@code this IS other}, SQLAlchemy's {@code is_()}: {@code is(null)} renders {@code IS NULL}, {@code is(true)}
     * {@code IS true}; other values are bound.
     */
    public ColumnElement<Boolean> is(Object other) {
        return BinaryExpression.compare(this, Operator.IS, Coercions.booleanConstant(other));
    }

    /** {@code this IS NOT other}, SQLAlchemy's {@code is_not()}: {@code isNot(null)} renders {@code IS NOT NULL}. */
    public ColumnElement<Boolean> isNot(Object other) {
        return BinaryExpression.compare(this, Operator.IS_NOT, Coercions.booleanConstant(other));
    }

    /** {@code this IS DISTINCT FROM other} (NULL-safe inequality; rendered per database). */
    public ColumnElement<Boolean> isDistinctFrom(Object other) {
        return BinaryExpression.compare(this, Operator.IS_DISTINCT_FROM, other);
    }

    /** {@code this IS NOT DISTINCT FROM other} (NULL-safe equality; rendered per database). */
    public ColumnElement<Boolean> isNotDistinctFrom(Object other) {
        return BinaryExpression.compare(this, Operator.IS_NOT_DISTINCT_FROM, other);
    }

    /**
     * {@code this IN (…)} over a collection of values (one expanding parameter: one {@code ?} per element at
     * execution; an empty collection matches nothing), an expanding {@link BindParameter}, or a subquery.
     */
    public ColumnElement<Boolean> in(Collection<?> values) {
        return BinaryExpression.in(this, Operator.IN, values);
    }

    /** {@code this IN (…)} over the given values. */
    public ColumnElement<Boolean> in(Object... values) {
        return in(Arrays.asList(values));
    }

    /** {@code this IN (SELECT …)}. */
    public ColumnElement<Boolean> in(SelectBase subquery) {
        return BinaryExpression.inSelect(this, Operator.IN, subquery);
    }

    /** {@code this IN (SELECT …)} over a scalar subquery: {@code in(select(…).scalarSubquery())}. */
    public ColumnElement<Boolean> in(ScalarSubquery<?> subquery) {
        return BinaryExpression.inScalar(this, Operator.IN, subquery);
    }

    /** {@code this IN (…)} with a list given at execution: {@code in(bindparam("ids").expanding())}. */
    public ColumnElement<Boolean> in(BindParameter<?> expanding) {
        return BinaryExpression.inParameter(this, Operator.IN, expanding);
    }

    /** {@code (this NOT IN (…))}; an empty collection matches every row. */
    public ColumnElement<Boolean> notIn(Collection<?> values) {
        return BinaryExpression.in(this, Operator.NOT_IN, values);
    }

    /** {@code (this NOT IN (…))} over the given values. */
    public ColumnElement<Boolean> notIn(Object... values) {
        return notIn(Arrays.asList(values));
    }

    /** {@code (this NOT IN (SELECT …))}. */
    public ColumnElement<Boolean> notIn(SelectBase subquery) {
        return BinaryExpression.inSelect(this, Operator.NOT_IN, subquery);
    }

    /** {@code (this NOT IN (SELECT …))} over a scalar subquery. */
    public ColumnElement<Boolean> notIn(ScalarSubquery<?> subquery) {
        return BinaryExpression.inScalar(this, Operator.NOT_IN, subquery);
    }

    /** {@code this BETWEEN low AND high}. */
    public ColumnElement<Boolean> between(Object low, Object high) {
        return new Between(this, Coercions.expression(low, this), Coercions.expression(high, this), false);
    }

    /** {@code this NOT BETWEEN low AND high}. */
    public ColumnElement<Boolean> notBetween(Object low, Object high) {
        return new Between(this, Coercions.expression(low, this), Coercions.expression(high, this), true);
    }

    // ---------------------------------------------------------------- strings

    /** {@code this LIKE pattern}. */
    public ColumnElement<Boolean> like(Object pattern) {
        return BinaryExpression.compare(this, Operator.LIKE, pattern);
    }

    /** {@code this LIKE pattern ESCAPE 'c'}. */
    public ColumnElement<Boolean> like(Object pattern, char escape) {
        return like(pattern, String.valueOf(escape));
    }

    /** {@code this LIKE pattern ESCAPE 'escape'} (SQLAlchemy's {@code like(other, escape=...)}; may be empty). */
    public ColumnElement<Boolean> like(Object pattern, String escape) {
        return BinaryExpression.like(this, Operator.LIKE, Coercions.expression(pattern, this), escape);
    }

    /** {@code this NOT LIKE pattern}. */
    public ColumnElement<Boolean> notLike(Object pattern) {
        return BinaryExpression.compare(this, Operator.NOT_LIKE, pattern);
    }

    /** {@code this NOT LIKE pattern ESCAPE 'escape'}. */
    public ColumnElement<Boolean> notLike(Object pattern, String escape) {
        return BinaryExpression.like(this, Operator.NOT_LIKE, Coercions.expression(pattern, this), escape);
    }

    /** Case-insensitive LIKE: {@code ILIKE} on PostgreSQL, {@code lower(this) LIKE lower(pattern)} elsewhere. */
    public ColumnElement<Boolean> ilike(Object pattern) {
        return BinaryExpression.compare(this, Operator.ILIKE, pattern);
    }

    /** Case-insensitive LIKE with an {@code ESCAPE} character. */
    public ColumnElement<Boolean> ilike(Object pattern, String escape) {
        return BinaryExpression.like(this, Operator.ILIKE, Coercions.expression(pattern, this), escape);
    }

    /** Case-insensitive NOT LIKE. */
    public ColumnElement<Boolean> notIlike(Object pattern) {
        return BinaryExpression.compare(this, Operator.NOT_ILIKE, pattern);
    }

    /** Case-insensitive NOT LIKE with an {@code ESCAPE} character. */
    public ColumnElement<Boolean> notIlike(Object pattern, String escape) {
        return BinaryExpression.like(this, Operator.NOT_ILIKE, Coercions.expression(pattern, this), escape);
    }

    /**
     * Whether this matches the regular expression {@code pattern} (SQLAlchemy's {@code regexp_match}): {@code ~} on
     * PostgreSQL, {@code REGEXP} on MySQL, MariaDB and SQLite, {@code REGEXP_LIKE} on H2. The pattern is a parameter
     * unless it is an expression; {@link #not()} is the negation ({@code !~}, {@code NOT REGEXP}).
     */
    public ColumnElement<Boolean> regexpMatch(Object pattern) {
        return new RegexpMatch(this, Coercions.expression(pattern, this), null, false);
    }

    /**
     * {@link #regexpMatch(Object)} with the dialect's regular expression flags ({@code "i"} for case-insensitive),
     * written as a string literal: {@code ~*} for {@code "i"} on PostgreSQL, {@code REGEXP_LIKE(x, p, flags)} on
     * MySQL, an inline {@code (?flags)} on MariaDB; SQLite's REGEXP takes none and refuses them.
     */
    public ColumnElement<Boolean> regexpMatch(Object pattern, String flags) {
        return new RegexpMatch(this, Coercions.expression(pattern, this), flags, false);
    }

    /** {@code REGEXP_REPLACE(this, pattern, replacement)} (SQLAlchemy's {@code regexp_replace}). */
    public ColumnElement<String> regexpReplace(Object pattern, Object replacement) {
        return new RegexpReplace(this, Coercions.expression(pattern, this), Coercions.expression(replacement, this),
                null);
    }

    /** {@link #regexpReplace(Object, Object)} with the dialect's regular expression flags, as a string literal. */
    public ColumnElement<String> regexpReplace(Object pattern, Object replacement, String flags) {
        return new RegexpReplace(this, Coercions.expression(pattern, this), Coercions.expression(replacement, this),
                flags);
    }

    /**
     * A full-text match of this column against {@code against} (SQLAlchemy's {@code match}): {@code MATCH (x)
     * AGAINST (q IN BOOLEAN MODE)} on MySQL, {@code x @@ plainto_tsquery(q)} on PostgreSQL, {@code x MATCH q} on
     * SQLite. The returned {@link Match} takes each dialect's options.
     */
    public Match match(Object against) {
        return Match.forColumn(this, against);
    }

    /** {@code this LIKE :value || '%'}: the value is a parameter, its {@code %} and {@code _} stay wildcards. */
    public ColumnElement<Boolean> startswith(Object prefix) {
        return BinaryExpression.pattern(this, Operator.STARTSWITH, prefix, null, false);
    }

    /** {@code startswith} with {@code autoescape}: {@code %}, {@code _} and {@code /} in the value match literally. */
    public ColumnElement<Boolean> startswith(String prefix, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.STARTSWITH, prefix, null, autoescape);
    }

    /**
     * {@code startswith} with an {@code ESCAPE} character; with {@code autoescape} the value's {@code %}, {@code _}
     * and escape character are escaped with it (SQLAlchemy's {@code startswith(other, escape=, autoescape=)}).
     */
    public ColumnElement<Boolean> startswith(Object prefix, @Nullable String escape, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.STARTSWITH, prefix, escape, autoescape);
    }

    /** {@code this LIKE '%' || :value}. */
    public ColumnElement<Boolean> endswith(Object suffix) {
        return BinaryExpression.pattern(this, Operator.ENDSWITH, suffix, null, false);
    }

    /** {@code endswith} with {@code autoescape}. */
    public ColumnElement<Boolean> endswith(String suffix, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.ENDSWITH, suffix, null, autoescape);
    }

    /** {@code endswith} with an {@code ESCAPE} character and optional {@code autoescape}. */
    public ColumnElement<Boolean> endswith(Object suffix, @Nullable String escape, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.ENDSWITH, suffix, escape, autoescape);
    }

    /** {@code this LIKE '%' || :value || '%'}. */
    public ColumnElement<Boolean> contains(Object infix) {
        return BinaryExpression.pattern(this, Operator.CONTAINS, infix, null, false);
    }

    /** {@code contains} with {@code autoescape}. */
    public ColumnElement<Boolean> contains(String infix, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.CONTAINS, infix, null, autoescape);
    }

    /** {@code contains} with an {@code ESCAPE} character and optional {@code autoescape}. */
    public ColumnElement<Boolean> contains(Object infix, @Nullable String escape, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.CONTAINS, infix, escape, autoescape);
    }

    /**
     * Case-insensitive {@code startswith}: {@code lower(this) LIKE lower(:value) || '%'}, {@code this ILIKE :value
     * || '%'} on PostgreSQL.
     */
    public ColumnElement<Boolean> istartswith(Object prefix) {
        return BinaryExpression.pattern(this, Operator.ISTARTSWITH, prefix, null, false);
    }

    /** Case-insensitive {@code startswith} with an {@code ESCAPE} character and optional {@code autoescape}. */
    public ColumnElement<Boolean> istartswith(Object prefix, @Nullable String escape, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.ISTARTSWITH, prefix, escape, autoescape);
    }

    /** Case-insensitive {@code endswith}: {@code lower(this) LIKE '%' || lower(:value)}. */
    public ColumnElement<Boolean> iendswith(Object suffix) {
        return BinaryExpression.pattern(this, Operator.IENDSWITH, suffix, null, false);
    }

    /** Case-insensitive {@code endswith} with an {@code ESCAPE} character and optional {@code autoescape}. */
    public ColumnElement<Boolean> iendswith(Object suffix, @Nullable String escape, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.IENDSWITH, suffix, escape, autoescape);
    }

    /** Case-insensitive {@code contains}: {@code lower(this) LIKE '%' || lower(:value) || '%'}. */
    public ColumnElement<Boolean> icontains(Object infix) {
        return BinaryExpression.pattern(this, Operator.ICONTAINS, infix, null, false);
    }

    /** Case-insensitive {@code contains} with an {@code ESCAPE} character and optional {@code autoescape}. */
    public ColumnElement<Boolean> icontains(Object infix, @Nullable String escape, boolean autoescape) {
        return BinaryExpression.pattern(this, Operator.ICONTAINS, infix, escape, autoescape);
    }

    /** String concatenation: {@code this || other} ({@code concat(this, other)} on MySQL). */
    public ColumnElement<String> concat(Object other) {
        return BinaryExpression.concat(this, Coercions.expression(other, this));
    }

    // ---------------------------------------------------------------- arithmetic

    /** {@code this + other}. */
    public ColumnElement<T> plus(Object other) {
        return BinaryExpression.arithmetic(this, Operator.ADD, other);
    }

    /** {@code this - other}. */
    public ColumnElement<T> minus(Object other) {
        return BinaryExpression.arithmetic(this, Operator.SUB, other);
    }

    /** {@code this * other}. */
    public ColumnElement<T> times(Object other) {
        return BinaryExpression.arithmetic(this, Operator.MUL, other);
    }

    /**
     * True division, {@code this / other} keeping the fraction (SQLAlchemy 2.0's {@code /}): {@code 5 / 2} is
     * {@code 2.5} on every database. Where the database's {@code /} truncates integers (H2, PostgreSQL, SQLite) the
     * divisor is made fractional: {@code a / CAST(b AS NUMERIC)}, on SQLite {@code a / (b + 0.0)}; MySQL and MariaDB
     * divide as written. The result is NUMERIC ({@code BigDecimal}) when the dividend is an integer, else of the
     * numeric operand's type ({@code Double} for FLOAT/DOUBLE). For integer division use {@link #floorDiv}.
     */
    public ColumnElement<Number> div(Object other) {
        return BinaryExpression.trueDivision(this, other);
    }

    /**
     * Floor division (SQLAlchemy 2.0's {@code //}): the quotient without its fraction, of this expression's type.
     * Two integers divide with the database's integer division where {@code /} is one (H2, PostgreSQL, SQLite:
     * {@code a / b}, which rounds a negative quotient toward zero, as Java's {@code /} does); otherwise
     * {@code FLOOR(a / b)}, which rounds toward negative infinity.
     */
    public ColumnElement<T> floorDiv(Object other) {
        return BinaryExpression.floorDivision(this, other);
    }

    /** {@code this % other}. */
    public ColumnElement<T> mod(Object other) {
        return BinaryExpression.arithmetic(this, Operator.MOD, other);
    }

    /** {@code -this}. */
    public ColumnElement<T> neg() {
        return UnaryExpression.operator(Operator.NEG, this, type());
    }

    /**
     * {@code this COLLATE collation}: compares and sorts with the named collation; the name is rendered as given
     * (letters, digits, {@code _ - . "} only).
     */
    public ColumnElement<T> collate(String collation) {
        return BinaryExpression.collate(this, collation);
    }

    /** A custom binary operator: {@code op("@>", other)} renders {@code this @> :param}. */
    public ColumnElement<Boolean> op(String operator, Object other) {
        return BinaryExpression.custom(this, operator, Coercions.expression(other, this));
    }

    /**
     * An element of a JSON document, SQLAlchemy's {@code expr["key"]} / {@code expr[0]}: {@code expr -> ?} on
     * PostgreSQL, {@code JSON_EXTRACT(expr, ?)} on MySQL/MariaDB, {@code JSON_QUOTE(JSON_EXTRACT(expr, ?))} on SQLite
     * (a {@link io.alchemy.exc.CompileError} on H2). The element is JSON too, so it can be indexed again.
     *
     * @param index a String key or an Integer position (or an expression giving one)
     * @throws io.alchemy.exc.ArgumentError when this expression is not of the JSON type, or the index is neither
     */
    public ColumnElement<T> get(Object index) {
        if (!(type() instanceof io.alchemy.types.JsonType)) {
            throw new io.alchemy.exc.ArgumentError("Operator 'getitem' is not supported on this expression: "
                    + this + " is of type " + type() + ", not JSON; use cast(expr, JSON) or typeCoerce(expr, JSON)");
        }
        return BinaryExpression.jsonGetItem(this, index);
    }

    // ---------------------------------------------------------------- boolean

    /** {@code this AND other}. */
    public ColumnElement<Boolean> and(ColumnElement<?> other) {
        return BooleanClauseList.and(List.of(this, other));
    }

    /** {@code this OR other}. */
    public ColumnElement<Boolean> or(ColumnElement<?> other) {
        return BooleanClauseList.or(List.of(this, other));
    }

    /**
     * The negation: the opposite operator where one exists ({@code =} becomes {@code !=}, {@code LIKE} becomes
     * {@code NOT LIKE}, {@code IN} becomes {@code NOT IN}), otherwise {@code NOT (…)}.
     */
    public ColumnElement<Boolean> not() {
        return UnaryExpression.not(this);
    }

    // ---------------------------------------------------------------- modifiers

    /** {@code this AS name} in a columns clause; referring to the label elsewhere renders the expression. */
    public Label<T> label(String name) {
        return new Label<>(name, this);
    }

    /** {@code this ASC}, for ORDER BY. */
    public ColumnElement<T> asc() {
        return UnaryExpression.modifier(Operator.ASC, this);
    }

    /** {@code this DESC}, for ORDER BY. */
    public ColumnElement<T> desc() {
        return UnaryExpression.modifier(Operator.DESC, this);
    }

    /** {@code this NULLS FIRST}, for ORDER BY. */
    public ColumnElement<T> nullsFirst() {
        return UnaryExpression.modifier(Operator.NULLS_FIRST, this);
    }

    /** {@code this NULLS LAST}, for ORDER BY. */
    public ColumnElement<T> nullsLast() {
        return UnaryExpression.modifier(Operator.NULLS_LAST, this);
    }

    /** {@code DISTINCT this}, as in {@code count(DISTINCT x)}. */
    public ColumnElement<T> distinct() {
        return UnaryExpression.operator(Operator.DISTINCT, this, type());
    }

    /** {@code CAST(this AS type)}. */
    public <R> Cast<R> cast(SqlType<R> type) {
        return new Cast<>(this, type);
    }

    /** The expression as SQL, rendered like SQLAlchemy's {@code str(expr)}: {@code user_account.name = :name_1}. */
    @Override
    public String toString() {
        return Display.DIALECT.statementCompiler(CompileOptions.DEFAULT).display(this);
    }
}
