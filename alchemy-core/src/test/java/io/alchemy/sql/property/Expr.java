package io.alchemy.sql.property;

import static io.alchemy.Alchemy.literal;

import io.alchemy.sql.ColumnElement;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Objects;

/**
 * A random expression for property tests, with its SQL form and its value computed in Java with SQL's rules (NULL
 * propagates, three-valued logic). Integer values are bounded so that sums never overflow a BIGINT.
 */
sealed interface Expr {

    /** The expression in the expression language. */
    ColumnElement<?> sql();

    /** What the database must return: a {@code Long}, a {@code String}, a {@code Boolean}, or {@code null}. */
    Object eval();

    /** The height of the tree (a value is 1). */
    default int depth() {
        return 1;
    }

    /** An integer value (or NULL) bound as a BIGINT parameter. */
    record IntValue(Long value) implements Expr {
        public ColumnElement<?> sql() {
            return literal(value, Types.BIGINT);
        }

        public Object eval() {
            return value;
        }
    }

    /** {@code a + b} or {@code a - b}. */
    record Arithmetic(Expr left, boolean plus, Expr right) implements Expr {
        public ColumnElement<?> sql() {
            return plus ? left.sql().plus(right.sql()) : left.sql().minus(right.sql());
        }

        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }

        public Object eval() {
            Long a = (Long) left.eval();
            Long b = (Long) right.eval();
            return a == null || b == null ? null : plus ? a + b : a - b;
        }
    }

    /** A string value (or NULL) bound as a VARCHAR parameter. */
    record StringValue(String value) implements Expr {
        public ColumnElement<?> sql() {
            return literal(value, Types.STRING);
        }

        public Object eval() {
            return value;
        }
    }

    /** {@code a || b}. */
    record Concat(Expr left, Expr right) implements Expr {
        public ColumnElement<?> sql() {
            return left.sql().concat(right.sql());
        }

        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }

        public Object eval() {
            String a = (String) left.eval();
            String b = (String) right.eval();
            return a == null || b == null ? null : a + b;
        }
    }

    /** An integer comparison. */
    record Compare(Expr left, String operator, Expr right) implements Expr {
        public ColumnElement<?> sql() {
            ColumnElement<?> a = left.sql();
            ColumnElement<?> b = right.sql();
            return switch (operator) {
                case "=" -> a.eq(b);
                case "!=" -> a.ne(b);
                case "<" -> a.lt(b);
                case "<=" -> a.le(b);
                case ">" -> a.gt(b);
                default -> a.ge(b);
            };
        }

        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }

        public Object eval() {
            Long a = (Long) left.eval();
            Long b = (Long) right.eval();
            if (a == null || b == null) {
                return null;
            }
            int c = a.compareTo(b);
            return switch (operator) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    /** {@code a IS NULL}. */
    record IsNull(Expr operand) implements Expr {
        public ColumnElement<?> sql() {
            return operand.sql().isNull();
        }

        public int depth() {
            return 1 + operand.depth();
        }

        public Object eval() {
            return operand.eval() == null;
        }
    }

    /** {@code a IN (…)} / {@code a NOT IN (…)} over non-null values (possibly none). */
    record In(Expr operand, List<Long> values, boolean negated) implements Expr {
        public ColumnElement<?> sql() {
            return negated ? operand.sql().notIn(values) : operand.sql().in(values);
        }

        public int depth() {
            return 1 + operand.depth();
        }

        public Object eval() {
            if (values.isEmpty()) {
                return negated;
            }
            Object a = operand.eval();
            if (a == null) {
                return null;
            }
            return values.contains(a) != negated;
        }
    }

    /** {@code a AND b} or {@code a OR b}. */
    record Logic(Expr left, boolean and, Expr right) implements Expr {
        public ColumnElement<?> sql() {
            return and ? left.sql().and(right.sql()) : left.sql().or(right.sql());
        }

        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }

        public Object eval() {
            Boolean a = (Boolean) left.eval();
            Boolean b = (Boolean) right.eval();
            if (and) {
                if (Objects.equals(a, false) || Objects.equals(b, false)) {
                    return false;
                }
                return a == null || b == null ? null : true;
            }
            if (Objects.equals(a, true) || Objects.equals(b, true)) {
                return true;
            }
            return a == null || b == null ? null : false;
        }
    }

    /** {@code NOT a} (or the opposite comparison). */
    record Not(Expr operand) implements Expr {
        public ColumnElement<?> sql() {
            return operand.sql().not();
        }

        public int depth() {
            return 1 + operand.depth();
        }

        public Object eval() {
            Boolean a = (Boolean) operand.eval();
            return a == null ? null : !a;
        }
    }

    /**
     * {@code startswith}, {@code endswith} or {@code contains} with autoescape: the pattern's {@code %}, {@code _}
     * and {@code /} match literally, on every database.
     */
    record Like(Expr operand, String kind, String pattern) implements Expr {
        public ColumnElement<?> sql() {
            ColumnElement<?> a = operand.sql();
            return switch (kind) {
                case "startswith" -> a.startswith(pattern, true);
                case "endswith" -> a.endswith(pattern, true);
                default -> a.contains(pattern, true);
            };
        }

        public int depth() {
            return 1 + operand.depth();
        }

        public Object eval() {
            String a = (String) operand.eval();
            if (a == null) {
                return null;
            }
            return switch (kind) {
                case "startswith" -> a.startsWith(pattern);
                case "endswith" -> a.endsWith(pattern);
                default -> a.contains(pattern);
            };
        }
    }
}
