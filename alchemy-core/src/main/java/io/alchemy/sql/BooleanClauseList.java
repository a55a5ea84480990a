package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Criteria joined by AND or OR. Nested lists of the same operator are flattened; a list of one criterion renders
 * as that criterion alone. Parentheses appear only where precedence needs them ({@code (a OR b) AND c}).
 */
public final class BooleanClauseList extends ColumnElement<Boolean> {
    private final Operator operator;
    private final List<ColumnElement<?>> clauses;

    private BooleanClauseList(Operator operator, List<ColumnElement<?>> clauses) {
        this.operator = operator;
        this.clauses = List.copyOf(clauses);
    }

    /** {@code a AND b AND …}. */
    public static ColumnElement<Boolean> and(List<? extends ColumnElement<?>> clauses) {
        return of(Operator.AND, clauses);
    }

    /** {@code a AND b AND …} over expressions, {@code text()} fragments, Java booleans and {@code null}. */
    public static ColumnElement<Boolean> andOf(Object... criteria) {
        return of(Operator.AND, Coercions.criteria(criteria));
    }

    /** {@code a OR b OR …} over expressions, {@code text()} fragments, Java booleans and {@code null}. */
    public static ColumnElement<Boolean> orOf(Object... criteria) {
        return of(Operator.OR, Coercions.criteria(criteria));
    }

    /** {@code a OR b OR …}. */
    public static ColumnElement<Boolean> or(List<? extends ColumnElement<?>> clauses) {
        return of(Operator.OR, clauses);
    }

    /**
     * As SQLAlchemy's {@code and_()} / {@code or_()}: {@code true_()} in an AND (and {@code false_()} in an OR)
     * changes nothing and is left out; {@code false_()} in an AND ({@code true_()} in an OR) decides the result,
     * which is that constant alone. A list of only the neutral constant is that constant. The constant that
     * decides a list stays a criterion (a list of that one constant, SQLAlchemy's {@code AsBoolean}): where booleans
     * are integers it renders as a comparison ({@code 1 = 1}), like a constant given to WHERE.
     */
    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> of(Operator operator, List<? extends ColumnElement<?>> clauses) {
        Constant.Kind neutral = operator == Operator.AND ? Constant.Kind.TRUE : Constant.Kind.FALSE;
        List<ColumnElement<?>> flat = new ArrayList<>();
        boolean droppedNeutral = false;
        for (ColumnElement<?> clause : clauses) {
            ColumnElement<?> criterion = unwrapConstant(Coercions.criterion(clause));
            if (criterion instanceof Constant<?> constant && constant.kind() != Constant.Kind.NULL) {
                if (constant.kind() != neutral) {
                    return new BooleanClauseList(operator, List.of(constant));
                }
                droppedNeutral = true;
                continue;
            }
            if (criterion instanceof BooleanClauseList list && list.operator == operator) {
                flat.addAll(list.clauses);
            } else {
                flat.add(criterion);
            }
        }
        if (flat.isEmpty() && droppedNeutral) {
            return new BooleanClauseList(operator,
                    List.of(neutral == Constant.Kind.TRUE ? Constant.trueValue() : Constant.falseValue()));
        }
        return new BooleanClauseList(operator, flat);
    }

    /**
     * Whether a WHERE or HAVING criterion restricts anything: an empty {@code and()} is true, the identity of the AND
     * that joins a statement's criteria, so it is left out (SQLAlchemy renders no WHERE for it either).
     */
    static boolean restricts(ColumnElement<?> criterion) {
        return !(criterion instanceof BooleanClauseList list && list.operator == Operator.AND && list.clauses.isEmpty());
    }

    /** The true/false constant a list decided by one stands for; any other element as it is. */
    static ColumnElement<?> unwrapConstant(ColumnElement<?> element) {
        if (element instanceof BooleanClauseList list && list.clauses.size() == 1
                && list.clauses.get(0) instanceof Constant<?> constant && constant.kind() != Constant.Kind.NULL) {
            return constant;
        }
        return element;
    }

    /** AND or OR. */
    public Operator operator() {
        return operator;
    }

    /** The criteria, in order. */
    public List<ColumnElement<?>> clauses() {
        return clauses;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        clauses.forEach(c -> c.collectFroms(sink));
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitBooleanList(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(operator).addAll(clauses);
    }
}
