package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.function.Consumer;

/**
 * An operator applied to one expression: a prefix operator ({@code NOT x}, {@code -x}, {@code DISTINCT x},
 * {@code EXISTS (…)}) or a suffix modifier ({@code x DESC}, {@code x NULLS FIRST}).
 *
 * @param <T> the Java type of the result
 */
public final class UnaryExpression<T> extends ColumnElement<T> {
    private final Operator operator;
    private final boolean modifier;
    private final ColumnElement<?> element;
    private final SqlType<T> type;

    private UnaryExpression(Operator operator, boolean modifier, ColumnElement<?> element, SqlType<T> type) {
        this.operator = operator;
        this.modifier = modifier;
        this.element = element;
        this.type = type;
    }

    static <T> UnaryExpression<T> operator(Operator operator, ColumnElement<?> element, SqlType<T> type) {
        return new UnaryExpression<>(operator, false, element, type);
    }

    static <T> UnaryExpression<T> modifier(Operator operator, ColumnElement<T> element) {
        return new UnaryExpression<>(operator, true, element, element.type());
    }

    /** The negation of {@code element}: the opposite comparison when there is one, else {@code NOT element}. */
    @SuppressWarnings("unchecked")
    static ColumnElement<Boolean> not(ColumnElement<?> element) {
        if (element instanceof BinaryExpression<?> binary) {
            BinaryExpression<Boolean> negated = binary.negated();
            if (negated != null) {
                return negated;
            }
        }
        if (element instanceof Between between) {
            return between.negated();
        }
        if (element instanceof RegexpMatch match) {
            return match.negated();
        }
        // NOT NOT x is x, except over EXISTS, which SQLAlchemy keeps as NOT (NOT (EXISTS …))
        if (element instanceof UnaryExpression<?> unary && unary.operator == Operator.NOT
                && !(unary.element instanceof Exists)) {
            return (ColumnElement<Boolean>) unary.element;
        }
        if (BooleanClauseList.unwrapConstant(element) instanceof Constant<?> constant
                && constant.kind() != Constant.Kind.NULL) {
            return constant.kind() == Constant.Kind.TRUE ? Constant.falseValue() : Constant.trueValue();
        }
        return new UnaryExpression<>(Operator.NOT, false, element, Types.BOOLEAN);
    }

    /** The operator. */
    public Operator operator() {
        return operator;
    }

    /** Whether the operator follows the expression ({@code x DESC}) rather than preceding it. */
    public boolean isModifier() {
        return modifier;
    }

    /** The operand. */
    public ColumnElement<?> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String naturalName() {
        return modifier || operator == Operator.DISTINCT ? element.naturalName() : null;
    }

    @Override
    public String bindNameBase() {
        return modifier || operator == Operator.DISTINCT ? element.bindNameBase() : "param";
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        element.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitUnary(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(operator, modifier, type).add(element);
    }
}
