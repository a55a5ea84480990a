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

    /** {@code a OR b OR …}. */
    public static ColumnElement<Boolean> or(List<? extends ColumnElement<?>> clauses) {
        return of(Operator.OR, clauses);
    }

    /**
     * Flattens nested lists of the same operator and folds the constants as SQLAlchemy does: {@code and(x, false_())}
     * is {@code false}, {@code and(x, true_())} is {@code x} (and the reverse for OR); {@code and(true_())} stays
     * {@code true}.
     */
    private static ColumnElement<Boolean> of(Operator operator, List<? extends ColumnElement<?>> clauses) {
        Constant.Kind identity = operator == Operator.AND ? Constant.Kind.TRUE : Constant.Kind.FALSE;
        Constant.Kind absorbing = operator == Operator.AND ? Constant.Kind.FALSE : Constant.Kind.TRUE;
        List<ColumnElement<?>> flat = new ArrayList<>();
        ColumnElement<?> identitySeen = null;
        for (ColumnElement<?> clause : clauses) {
            ColumnElement<?> criterion = Coercions.criterion(clause);
            if (criterion instanceof Constant<?> constant && constant.kind() == identity) {
                identitySeen = criterion;
            } else if (criterion instanceof Constant<?> constant && constant.kind() == absorbing) {
                return new BooleanClauseList(operator, List.of(criterion));
            } else if (criterion instanceof BooleanClauseList list && list.operator == operator) {
                if (list.clauses.size() == 1 && list.clauses.get(0) instanceof Constant<?> only
                        && only.kind() == absorbing) {
                    return list;
                }
                flat.addAll(list.clauses);
            } else {
                flat.add(criterion);
            }
        }
        if (flat.isEmpty() && identitySeen != null) {
            flat.add(identitySeen);
        }
        return new BooleanClauseList(operator, flat);
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
