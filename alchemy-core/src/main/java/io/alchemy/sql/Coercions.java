package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import org.jspecify.annotations.Nullable;

/** Turns the plain Java values given to the expression language into tree nodes. */
final class Coercions {
    private Coercions() {
    }

    /** A Java {@code Boolean} as the {@code true}/{@code false} keyword (for IS / IS NOT); other values as given. */
    static @Nullable Object booleanConstant(@Nullable Object value) {
        if (value instanceof Boolean b) {
            return b ? Constant.trueValue() : Constant.falseValue();
        }
        return value;
    }

    /**
     * {@code value} as an expression compared with (or combined with) {@code against}: expressions stay as they are,
     * {@code null} becomes NULL, anything else becomes an anonymous parameter named after {@code against} and typed
     * like it.
     */
    @SuppressWarnings("unchecked")
    static ColumnElement<?> expression(Object value, ColumnElement<?> against) {
        if (value instanceof ColumnElement<?> element) {
            return element;
        }
        ColumnElement<?> statement = statementAsExpression(value);
        if (statement != null) {
            return statement;
        }
        if (value instanceof SelectBase select) {
            throw new ArgumentError("A SELECT used as a value must be made a scalar subquery first: call "
                    + ".scalarSubquery() on it");
        }
        if (value instanceof ClauseElement other) {
            throw new ArgumentError("A " + other.getClass().getSimpleName() + " cannot be used as a column expression");
        }
        if (value == null) {
            return Constant.nullValue();
        }
        SqlType<Object> type = against == null ? null : (SqlType<Object>) against.type();
        if (type != null && !type.accepts(value)) {
            type = null;
        }
        return BindParameter.anonymous(against == null ? "param" : against.bindNameBase(), value,
                type != null ? type : (SqlType<Object>) LiteralTypes.typeOf(value));
    }

    /** A value standing alone ({@code literal(x)}, a function argument): an anonymous parameter of base {@code base}. */
    @SuppressWarnings("unchecked")
    static ColumnElement<?> argument(Object value, String base) {
        if (value instanceof ColumnElement<?> element) {
            return element;
        }
        ColumnElement<?> statement = statementAsExpression(value);
        if (statement != null) {
            return statement;
        }
        if (value == null) {
            return Constant.nullValue();
        }
        if (value instanceof ClauseElement other) {
            throw new ArgumentError("A " + other.getClass().getSimpleName() + " cannot be used as a column expression");
        }
        return BindParameter.anonymous(base, value, (SqlType<Object>) LiteralTypes.typeOf(value));
    }

    /**
     * The operand of {@code cast(value, type)} / {@code typeCoerce(value, type)}: a plain value becomes a parameter
     * bound as {@code type} when it is of that type's Java class ({@code typeCoerce(map, JSON)} binds JSON text),
     * else as its own type.
     */
    @SuppressWarnings("unchecked")
    static ColumnElement<?> typed(Object value, SqlType<?> type) {
        if (value == null || value instanceof ClauseElement || type == null || !type.accepts(value)) {
            return argument(value, "param");
        }
        return BindParameter.anonymous("param", value, (SqlType<Object>) type);
    }

    /** A boolean criterion for WHERE, HAVING or ON. */
    /** Criteria of {@code and()}/{@code or()}: text fragments as SQL, booleans and {@code null} as keywords. */
    static java.util.List<ColumnElement<?>> criteria(Object... values) {
        java.util.List<ColumnElement<?>> result = new java.util.ArrayList<>();
        for (Object value : values) {
            Object constant = booleanConstant(value);
            if (constant == null) {
                result.add(Constant.nullValue());
            } else {
                ColumnElement<?> statement = statementAsExpression(constant);
                result.add(statement != null ? statement : criterion(constant));
            }
        }
        return result;
    }

    static ColumnElement<?> criterion(Object value) {
        if (value instanceof ColumnElement<?> element) {
            return element;
        }
        throw new ArgumentError("A WHERE/HAVING/ON criterion must be a column expression such as "
                + "table.c(\"x\").eq(5); got " + (value == null ? "null" : value.getClass().getName()));
    }

    /**
     * A statement object given where a value is expected: a {@code text()} fragment is SQL (SQLAlchemy's TextClause
     * plays the expression roles: {@code x.contains(text("y"))} is {@code x LIKE '%' || y || '%'}); any other
     * statement that is not an expression is refused rather than bound as a value. {@code null} when
     * {@code value} is no statement.
     */
    static ColumnElement<?> statementAsExpression(Object value) {
        if (value instanceof TextClause text) {
            return new TextElement(text);
        }
        if (value instanceof Executable && !(value instanceof ClauseElement)) {
            throw new ArgumentError("A " + value.getClass().getSimpleName() + " cannot be used as a column expression");
        }
        return null;
    }
}
