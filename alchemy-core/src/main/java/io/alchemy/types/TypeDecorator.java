package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Base of user-defined types (SQLAlchemy's {@code TypeDecorator}): a Java type {@code T} stored through an existing
 * type {@code I}. Subclasses convert both ways; DDL, binding and reading are the implementation type's. Nulls pass
 * through without calling the conversions.
 *
 * <pre>{@code
 * final class Money extends TypeDecorator<Cents, BigDecimal> {
 *     Money() { super(Types.numeric(12, 2), Cents.class); }
 *     protected BigDecimal toDatabase(Cents v) { return v.asDecimal(); }
 *     protected Cents fromDatabase(BigDecimal v) { return Cents.of(v); }
 * }
 * }</pre>
 *
 * @param <T> the Java type users see
 * @param <I> the Java type of the implementation type
 */
public abstract class TypeDecorator<T, I> extends SqlType<T> {
    private final SqlType<I> impl;
    private final Class<T> javaType;

    protected TypeDecorator(SqlType<I> impl, Class<T> javaType) {
        this.impl = java.util.Objects.requireNonNull(impl, "impl");
        this.javaType = java.util.Objects.requireNonNull(javaType, "javaType");
    }

    /** Converts a user value (never null) to the implementation type's value. */
    protected abstract I toDatabase(T value);

    /** Converts a value read through the implementation type (never null) to the user's type. */
    protected abstract T fromDatabase(I value);

    /** The type values are stored as. */
    public final SqlType<I> impl() {
        return impl;
    }

    @Override
    public final Class<T> javaType() {
        return javaType;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value != null && !javaType.isInstance(value)) {
            throw Binding.wrongType(this, value);
        }
        impl.bind(statement, index, value == null ? null : toDatabase(javaType.cast(value)), dialect);
    }

    @Override
    public T read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        I value = impl.read(resultSet, index, dialect);
        return value == null ? null : fromDatabase(value);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDecorator(this);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + impl + ")";
    }
}
