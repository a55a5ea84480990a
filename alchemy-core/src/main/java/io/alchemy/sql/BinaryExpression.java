package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.NullType;
import io.alchemy.types.NumericAffinity;
import io.alchemy.types.SqlType;
import io.alchemy.types.StringType;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code left <operator> right}: comparisons, arithmetic, concatenation, LIKE (with an optional ESCAPE), IN and
 * custom operators. Build it through the operators of {@link ColumnElement}.
 *
 * @param <T> the Java type of the result ({@code Boolean} for comparisons)
 */
public final class BinaryExpression<T> extends ColumnElement<T> {
    private final ColumnElement<?> left;
    private final Operator operator;
    private final ColumnElement<?> right;
    private final SqlType<T> type;
    private final String customOperator;
    private final @Nullable String escape;

    private BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type,
            String customOperator, @Nullable String escape) {
        this.left = adopt(left, right);
        this.operator = operator;
        this.right = right;
        this.type = type;
        this.customOperator = customOperator;
        this.escape = escape;
    }

    /**
     * A {@code literal()} on the left of a column takes the column's name as its base: it stands for the plain value
     * SQLAlchemy lets Python put there ({@code "Username: " + col}), which Java can only write as a literal. On the
     * right a plain value is written as such ({@code col.eq(5)}), so a {@code literal()} there stays {@code :param_N}.
     */
    private static ColumnElement<?> adopt(ColumnElement<?> element, ColumnElement<?> other) {
        return element instanceof BindParameter<?> parameter ? parameter.adopting(other.bindNameBase()) : element;
    }

    static BinaryExpression<Boolean> compare(ColumnElement<?> left, Operator operator, Object other) {
        if (other == null || other instanceof Constant<?> constant && constant.kind() == Constant.Kind.NULL) {
            return compareToNull(left, operator);
        }
        return new BinaryExpression<>(left, operator, Coercions.expression(other, left), Types.BOOLEAN, null, null);
    }

    /**
     * A comparison with NULL (Java {@code null} or {@code null_()}), as SQLAlchemy's {@code _boolean_compare} makes
     * it: {@code =} becomes {@code IS}, {@code !=} becomes {@code IS NOT}, the IS family stays; any other operator
     * is refused, since its result would never be true.
     */
    private static BinaryExpression<Boolean> compareToNull(ColumnElement<?> left, Operator operator) {
        Operator effective = switch (operator) {
            case EQ, IS -> Operator.IS;
            case NE, IS_NOT -> Operator.IS_NOT;
            case IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM -> operator;
            default -> throw new ArgumentError("Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', "
                    + "'is_not_distinct_from()' operators can be used with None/True/False");
        };
        return new BinaryExpression<>(left, effective, Constant.nullValue(), Types.BOOLEAN, null, null);
    }

    static BinaryExpression<Boolean> like(ColumnElement<?> left, Operator operator, ColumnElement<?> pattern,
            @Nullable String escape) {
        return new BinaryExpression<>(left, operator, pattern, Types.BOOLEAN, null, escape);
    }

    /**
     * {@code left LIKE …} for startswith / endswith / contains: the compiler adds the {@code '%'} around the value.
     * With {@code autoescape} the value's {@code %}, {@code _} and escape character are escaped with {@code escape}
     * ({@code /} when none is given).
     */
    static BinaryExpression<Boolean> pattern(ColumnElement<?> left, Operator operator, Object value,
            @Nullable String escape, boolean autoescape) {
        if (!autoescape) {
            return new BinaryExpression<>(left, operator, Coercions.expression(value, left), Types.BOOLEAN, null,
                    escape);
        }
        if (!(value instanceof String text)) {
            throw new ArgumentError("String value expected when autoescape=True; got "
                    + (value == null ? "null" : value.getClass().getName()));
        }
        String e = escape == null ? "/" : escape;
        if (e.length() != 1) {
            throw new ArgumentError("autoescape needs a one-character escape, got '" + e + "'");
        }
        String escaped = text.replace(e, e + e).replace("%", e + "%").replace("_", e + "_");
        return new BinaryExpression<>(left, operator, Coercions.expression(escaped, left), Types.BOOLEAN, null, e);
    }

    @SuppressWarnings("unchecked")
    static <T> BinaryExpression<T> arithmetic(ColumnElement<T> left, Operator operator, Object other) {
        ColumnElement<?> right = Coercions.expression(other, left);
        if (operator == Operator.ADD && isConcatenation(typeOf(left), typeOf(right))) {
            SqlType<T> type = isString(typeOf(left)) ? (SqlType<T>) typeOf(left) : (SqlType<T>) typeOf(right);
            return new BinaryExpression<>(left, Operator.CONCAT, right, type, null, null);
        }
        return new BinaryExpression<>(left, operator, right, left.type(), null, null);
    }

    /**
     * True division, SQLAlchemy 2.0's {@code /}: the quotient keeps its fraction whatever the operands' types (the
     * compiler casts the divisor where the database's {@code /} truncates integers). Its type is NUMERIC when the
     * dividend is an integer (or untyped over an integer divisor), else the numeric operand's type.
     */
    @SuppressWarnings("unchecked")
    static BinaryExpression<Number> trueDivision(ColumnElement<?> left, Object other) {
        ColumnElement<?> dividend = typedLiteral(left);
        ColumnElement<?> divisor = typedLiteral(Coercions.expression(other, left));
        SqlType<?> type = trueDivisionType(dividend.type(), divisor.type());
        return new BinaryExpression<>(dividend, Operator.DIV, divisor, (SqlType<Number>) type, null, null);
    }

    private static @Nullable SqlType<?> trueDivisionType(@Nullable SqlType<?> dividend, @Nullable SqlType<?> divisor) {
        NumericAffinity left = NumericAffinity.of(dividend);
        NumericAffinity right = NumericAffinity.of(divisor);
        if (left == NumericAffinity.INTEGER || left == NumericAffinity.OTHER && right == NumericAffinity.INTEGER
                && isUntyped(dividend)) {
            return Types.NUMERIC;
        }
        if (left == NumericAffinity.NUMERIC) {
            return NumericAffinity.storageType(dividend);
        }
        return isUntyped(dividend) && right == NumericAffinity.NUMERIC ? NumericAffinity.storageType(divisor) : dividend;
    }

    /**
     * Floor division, SQLAlchemy 2.0's {@code //}: the quotient without its fraction, of the dividend's type. The
     * compiler writes the database's integer division for two integers where {@code /} truncates, else
     * {@code FLOOR(a / b)}.
     */
    @SuppressWarnings("unchecked")
    static <T> BinaryExpression<T> floorDivision(ColumnElement<T> left, Object other) {
        ColumnElement<?> dividend = typedLiteral(left);
        ColumnElement<?> divisor = typedLiteral(Coercions.expression(other, left));
        return new BinaryExpression<>(dividend, Operator.FLOORDIV, divisor, (SqlType<T>) dividend.type(), null, null);
    }

    /**
     * An untyped {@code literal(value)} typed by its value, so that the operator decisions taken from its type are
     * part of the statement's structure (and of its cache key), not of a value that varies between executions.
     */
    private static ColumnElement<?> typedLiteral(ColumnElement<?> operand) {
        if (operand instanceof BindParameter<?> parameter && isUntyped(parameter.type()) && parameter.value() != null) {
            SqlType<?> type = LiteralTypes.typeOf(parameter.value());
            if (type != null) {
                return parameter.withType(type);
            }
        }
        return operand;
    }

    /**
     * Whether {@code +} between operands of these types is string concatenation, as SQLAlchemy's type-driven
     * operators decide: a String meeting a String or an untyped operand (either side, addition commutes).
     */
    private static boolean isConcatenation(@Nullable SqlType<?> left, @Nullable SqlType<?> right) {
        return isString(left) && (isString(right) || isUntyped(right)) || isUntyped(left) && isString(right);
    }

    /** The type an operand has for operator decisions: an untyped {@code literal(value)} has its value's. */
    private static @Nullable SqlType<?> typeOf(ColumnElement<?> operand) {
        if (operand.type() == null && operand instanceof BindParameter<?> parameter && parameter.value() != null) {
            return LiteralTypes.typeOf(parameter.value());
        }
        return operand.type();
    }

    private static boolean isString(@Nullable SqlType<?> type) {
        return type instanceof StringType;
    }

    private static boolean isUntyped(@Nullable SqlType<?> type) {
        return type == null || type instanceof NullType;
    }

    static BinaryExpression<String> concat(ColumnElement<?> left, ColumnElement<?> right) {
        return new BinaryExpression<>(left, Operator.CONCAT, right, Types.STRING, null, null);
    }

    /** {@code left COLLATE collation}; the collation name is SQL text, never a value. */
    static <T> BinaryExpression<T> collate(ColumnElement<T> left, String collation) {
        if (collation == null || collation.isBlank() || !collation.matches("[A-Za-z0-9_\\-.\"]+")) {
            throw new ArgumentError("A collation is a name of letters, digits, '_', '-' or '.', got " + collation);
        }
        return new BinaryExpression<>(left, Operator.COLLATE, new LiteralColumn<>(collation, Types.NULLTYPE),
                left.type(), null, null);
    }

    static BinaryExpression<Boolean> custom(ColumnElement<?> left, String operator, ColumnElement<?> right) {
        if (operator == null || operator.isBlank()) {
            throw new ArgumentError("A custom operator needs its SQL text, such as \"@>\"");
        }
        return new BinaryExpression<>(left, Operator.CUSTOM, right, null, operator.strip(), null);
    }

    /**
     * {@code left[index]} on a JSON expression: the index (a key or a position) is a parameter whose value each
     * dialect binds in its own form ({@code $."key"} paths on SQLite and MySQL); the element is JSON.
     */
    static <T> BinaryExpression<T> jsonGetItem(ColumnElement<T> left, Object index) {
        ColumnElement<?> right = index instanceof ColumnElement<?> element ? element
                : BindParameter.anonymous(left.bindNameBase(), JsonIndexType.check(index), JsonIndexType.INSTANCE);
        return new BinaryExpression<>(left, Operator.JSON_GETITEM, right, left.type(), null, null);
    }

    /** {@code left IN (…)}: plain values become one expanding parameter; expressions are listed as they are. */
    static BinaryExpression<Boolean> in(ColumnElement<?> left, Operator operator, Collection<?> values) {
        if (values == null) {
            throw new ArgumentError("in()/notIn() needs a collection of values, not null");
        }
        boolean anyExpression = values.stream().anyMatch(v -> v instanceof ClauseElement || v instanceof TextClause);
        ColumnElement<?> right;
        if (left instanceof Tuple tuple && !anyExpression) {
            right = BindParameter.expandingList("param", tupleRows(tuple, values), null);
        } else if (anyExpression) {
            List<ColumnElement<?>> elements = new ArrayList<>();
            for (Object value : values) {
                elements.add(Coercions.expression(value, left));
            }
            right = new Tuple(elements);
        } else {
            right = BindParameter.expandingList(left.bindNameBase(), new ArrayList<>(values), left.type());
        }
        return new BinaryExpression<>(left, operator, right, Types.BOOLEAN, null, null);
    }

    /** The rows of a tuple IN, each a list as long as the tuple. */
    private static List<List<?>> tupleRows(Tuple tuple, Collection<?> values) {
        List<List<?>> rows = new ArrayList<>();
        for (Object value : values) {
            List<?> row = value instanceof List<?> list ? list : value instanceof Object[] array
                    ? java.util.Arrays.asList(array) : null;
            if (row == null || row.size() != tuple.elements().size()) {
                throw new ArgumentError("A tuple IN takes rows of " + tuple.elements().size() + " values, got " + value);
            }
            rows.add(row);
        }
        return rows;
    }

    static BinaryExpression<Boolean> inSelect(ColumnElement<?> left, Operator operator, SelectBase select) {
        return new BinaryExpression<>(left, operator, new ScalarSubquery<>(select), Types.BOOLEAN, null, null);
    }

    static BinaryExpression<Boolean> inScalar(ColumnElement<?> left, Operator operator, ScalarSubquery<?> subquery) {
        return new BinaryExpression<>(left, operator, subquery, Types.BOOLEAN, null, null);
    }

    static BinaryExpression<Boolean> inParameter(ColumnElement<?> left, Operator operator, BindParameter<?> parameter) {
        return new BinaryExpression<>(left, operator, parameter.expanding(), Types.BOOLEAN, null, null);
    }

    /** The left operand. */
    public ColumnElement<?> left() {
        return left;
    }

    /** The operator. */
    public Operator operator() {
        return operator;
    }

    /** The right operand. */
    public ColumnElement<?> right() {
        return right;
    }

    /** The SQL text of a {@link Operator#CUSTOM} operator. */
    public String customOperator() {
        return customOperator;
    }

    /** The LIKE escape character (possibly empty: {@code ESCAPE ''}), or {@code null}. */
    public @Nullable String escape() {
        return escape;
    }

    /** The same comparison with the opposite operator, or {@code null} when the operator has none. */
    @Nullable BinaryExpression<Boolean> negated() {
        Operator opposite = operator.negation();
        return opposite == null ? null : new BinaryExpression<>(left, opposite, right, Types.BOOLEAN, customOperator, escape);
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        left.collectFroms(sink);
        right.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitBinary(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(operator, customOperator, escape, type).add(left).add(right);
    }
}
