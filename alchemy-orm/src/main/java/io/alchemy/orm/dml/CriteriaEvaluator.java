package io.alchemy.orm.dml;

import io.alchemy.orm.exc.UnevaluatableError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.schema.Column;
import io.alchemy.sql.BinaryExpression;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BooleanClauseList;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Constant;
import io.alchemy.sql.Operator;
import io.alchemy.sql.UnaryExpression;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates WHERE criteria and SET values of an ORM-enabled UPDATE or DELETE against objects in memory, for
 * {@link Synchronization#EVALUATE}: columns of the mapped table read the object's fields, parameters their values,
 * with SQL's rules for NULL (a comparison with NULL is unknown, which does not match). Anything else (functions,
 * subqueries, other tables) raises {@link UnevaluatableError} when the expression is compiled, before any SQL runs.
 */
final class CriteriaEvaluator {
    /** The value of an expression that reads an expired attribute: the object cannot be evaluated. */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "UNKNOWN";
        }
    };

    /** An expression compiled against one mapper. */
    @FunctionalInterface
    interface Evaluation {
        Object evaluate(InstanceState state);
    }

    private final Mapper<?> mapper;

    CriteriaEvaluator(Mapper<?> mapper) {
        this.mapper = mapper;
    }

    /** The criteria joined with AND: {@code TRUE}, {@code FALSE}, {@code null} or {@link #UNKNOWN} per object. */
    Evaluation criteria(List<ColumnElement<?>> criteria) {
        List<Evaluation> parts = criteria.stream().map(this::compile).toList();
        return state -> and(parts, state);
    }

    /** One expression. */
    Evaluation compile(ColumnElement<?> element) {
        if (element instanceof ColumnClause<?> column) {
            ColumnProperty property = propertyOf(column);
            return state -> state.unloadedAttributes().contains(property.name()) ? UNKNOWN
                    : property.get(state.object());
        }
        if (element instanceof BindParameter<?> parameter && parameter.hasValue()) {
            Object value = parameter.value();
            return state -> value;
        }
        if (element instanceof Constant<?> constant) {
            Object value = switch (constant.kind()) {
                case NULL -> null;
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
            };
            return state -> value;
        }
        if (element instanceof BooleanClauseList list) {
            List<Evaluation> parts = list.clauses().stream().map(this::compile).toList();
            return list.operator() == Operator.AND ? state -> and(parts, state) : state -> or(parts, state);
        }
        if (element instanceof UnaryExpression<?> unary && unary.operator() == Operator.NOT) {
            Evaluation inner = compile(unary.element());
            return state -> not(inner.evaluate(state));
        }
        if (element instanceof BinaryExpression<?> binary) {
            return binary(binary);
        }
        throw unevaluatable(element);
    }

    private ColumnProperty propertyOf(ColumnClause<?> column) {
        ColumnClause<?> schema = column.schemaColumn();
        if (schema instanceof Column<?> mapped && schema.table() == mapper.table()) {
            ColumnProperty property = mapper.propertyFor(mapped);
            if (property != null) {
                return property;
            }
        }
        throw unevaluatable(column);
    }

    private Evaluation binary(BinaryExpression<?> binary) {
        Operator operator = binary.operator();
        Evaluation left = compile(binary.left());
        Evaluation right = compile(binary.right());
        return switch (operator) {
            case EQ, NE, LT, LE, GT, GE -> state -> compare(operator, left.evaluate(state), right.evaluate(state));
            case IS, IS_NOT_DISTINCT_FROM -> state -> same(left.evaluate(state), right.evaluate(state));
            case IS_NOT, IS_DISTINCT_FROM -> state -> not(same(left.evaluate(state), right.evaluate(state)));
            case IN -> state -> in(left.evaluate(state), right.evaluate(state));
            case NOT_IN -> state -> not(in(left.evaluate(state), right.evaluate(state)));
            case ADD, SUB, MUL -> state -> arithmetic(operator, left.evaluate(state), right.evaluate(state));
            case CONCAT -> state -> concat(left.evaluate(state), right.evaluate(state));
            default -> throw unevaluatable(binary);
        };
    }

    private static UnevaluatableError unevaluatable(ColumnElement<?> element) {
        return new UnevaluatableError("Could not evaluate current criteria in Java: " + element.getClass().getSimpleName()
                + " '" + element + "' cannot be evaluated against objects; use SynchronizeSession.FETCH");
    }

    private static Object and(List<Evaluation> parts, InstanceState state) {
        return junction(parts, state, Boolean.FALSE);
    }

    private static Object or(List<Evaluation> parts, InstanceState state) {
        return junction(parts, state, Boolean.TRUE);
    }

    /**
     * AND (decided by any FALSE) or OR (by any TRUE); otherwise {@link #UNKNOWN} if a part read an expired attribute,
     * else SQL's NULL if a part was NULL.
     */
    private static Object junction(List<Evaluation> parts, InstanceState state, Boolean decisive) {
        Object result = !decisive;
        for (Evaluation part : parts) {
            Object value = part.evaluate(state);
            if (decisive.equals(value)) {
                return decisive;
            }
            if (value == UNKNOWN || value == null && result != UNKNOWN) {
                result = value;
            }
        }
        return result;
    }

    private static Object not(Object value) {
        return value == UNKNOWN || value == null ? value : !(Boolean) value;
    }

    private static Object same(Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        return left == null || right == null ? left == right : compareValues(left, right) == 0;
    }

    private static Object compare(Operator operator, Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        if (left == null || right == null) {
            return null;
        }
        int order = compareValues(left, right);
        return switch (operator) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            default -> order >= 0;
        };
    }

    private static Object in(Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        if (left == null || !(right instanceof Collection<?> values)) {
            return null;
        }
        for (Object value : values) {
            if (value != null && compareValues(left, value) == 0) {
                return Boolean.TRUE;
            }
        }
        return values.contains(null) ? null : Boolean.FALSE;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return decimal(a).compareTo(decimal(b));
        }
        if (left instanceof Comparable comparable && left.getClass().isInstance(right)) {
            return comparable.compareTo(right);
        }
        if (Objects.equals(left, right)) {
            return 0;
        }
        throw new UnevaluatableError("Could not evaluate current criteria in Java: cannot compare "
                + left.getClass().getName() + " with " + right.getClass().getName());
    }

    private static Object arithmetic(Operator operator, Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        if (left == null || right == null) {
            return null;
        }
        if (!(left instanceof Number a) || !(right instanceof Number b)) {
            throw new UnevaluatableError("Could not evaluate " + operator + " of " + left + " and " + right + " in Java");
        }
        return switch (operator) {
            case ADD -> decimal(a).add(decimal(b));
            case SUB -> decimal(a).subtract(decimal(b));
            default -> decimal(a).multiply(decimal(b));
        };
    }

    private static Object concat(Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        return left == null || right == null ? null : left.toString() + right;
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }
}
